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

/** How much of a user agent a session keeps. */
export const SESSION_USER_AGENT_MAX = 300;

export enum SessionKind {
  COOKIE = 'cookie',
  BEARER = 'bearer',
}

/** A signed-in session. Only the SHA-256 of its token is stored. */
@Entity('sessions')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('sessions_user_id_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /**
   * SHA-256 of the token. Written, never read: the API role may not select it (it is the proof
   * with which a request enters its user's claim, `alianza_rls.enter_session`; ADR 0036).
   */
  @Index('sessions_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64, select: false })
  tokenHash!: string;

  @Column({ type: 'enum', enum: SessionKind, enumName: 'session_kind' })
  kind!: SessionKind;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  /** The browser or program that signed in, trimmed (`SESSION_USER_AGENT_MAX`). */
  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent!: string | null;

  /** The client's address at sign-in. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  ip!: string | null;

  /** Last request (or live-socket check): marked by `alianza_rls.session_viewer`, at most once a minute. */
  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  lastSeenAt!: Date;
}
