import { UserEntity } from '@alianza/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';

/**
 * A user's personal calendar feed: the secret address a calendar app reads their milestones and
 * tasks from (ADR 0039). Only the keyed hash of the secret is stored (`Db.keyedHash`); at most
 * one live (unrevoked) feed per user, kept so by the service.
 */
@Entity('calendar_feeds')
export class CalendarFeedEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('calendar_feeds_user_id_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /**
   * HMAC-SHA256 of the secret under the claim key. Written, never read: the API role may not
   * select it (it is the proof with which a feed request enters its user's claim,
   * `alianza_rls.enter_calendar_feed`).
   */
  @Index('calendar_feeds_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64, select: false })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  /** When a calendar app last read it (marked at most once a minute). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt!: Date | null;
}
