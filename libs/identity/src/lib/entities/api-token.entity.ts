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
 * A reporting API token: read-only reports with its owner's access. Only the SHA-256 of the
 * secret is stored; `prefix` (the secret's first characters) lets the owner recognise it.
 */
@Entity('api_tokens')
export class ApiTokenEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('api_tokens_user_id_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /**
   * SHA-256 of the token. Written, never read: the API role may not select it (it is the proof
   * with which a request enters its user's claim, `alianza_rls.enter_api_token`; ADR 0036).
   */
  @Index('api_tokens_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64, select: false })
  tokenHash!: string;

  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastUsedAt!: Date | null;

  /**
   * The persisted queries the token may run: the SHA-256 (hex) of each document's text, to the
   * text. Null: any report operation.
   */
  @Column({
    type: 'jsonb',
    nullable: true,
    comment:
      'The persisted queries the token may run, by SHA-256 (hex) of their text; NULL: any report operation.',
  })
  operations!: Record<string, string> | null;
}
