import { AccountEventKind } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * The account security log: one row per change to how an account signs in (`AccountEventKind`),
 * written by `AccountEventService.record`. Append-only for the API role; row-level security
 * shows a user their own rows, and a platform administrator everyone's.
 */
@Entity('account_events')
@Index('account_events_user_at_idx', ['userId', 'at', 'id'])
export class AccountEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Whose account. */
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Who did it: the user, or a platform administrator (a reset). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'actor_user_id' })
  actor?: UserEntity | null;

  /** An `AccountEventKind`, by name (a new kind needs no migration). */
  @Column({ type: 'varchar', length: 64 })
  kind!: AccountEventKind;

  /** The client's address, when the event came with a request. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  @Column({ type: 'varchar', length: 400, nullable: true })
  userAgent!: string | null;

  /** Why, when someone else did it (an administrator's reset). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  reason!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  at!: Date;
}
