import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { SessionKind } from './session.entity';
import { UserEntity } from './user.entity';

/**
 * The second step of a sign-in: the password was right, the account has a second factor, and
 * whoever holds the challenge token may finish signing in with a code, once, for a few
 * minutes. Only the SHA-256 of the token is stored; it remembers which session was asked for.
 */
@Entity('login_challenges')
export class LoginChallengeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('login_challenges_user_id_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Index('login_challenges_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @Column({ type: 'enum', enum: SessionKind, enumName: 'session_kind' })
  sessionKind!: SessionKind;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  /** When a code finished the sign-in: the challenge serves no second time. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt!: Date | null;
}
