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

/** What a confirmation link is for: the account's own address, or a move to a new one. */
export type EmailConfirmationPurpose = 'verify' | 'change';

/**
 * A link emailed to confirm an address: it works once, until `expiresAt`. Only the keyed hash of
 * its token is stored (`Db.keyedHash`); no one reads a row back (it is followed through
 * `alianza_rls.use_email_confirmation`).
 */
@Entity('email_confirmations')
export class EmailConfirmationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('email_confirmations_user_idx')
  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  purpose!: EmailConfirmationPurpose;

  /** The address the link was sent to (the account's, or the new one). */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Index('email_confirmations_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  usedAt!: Date | null;
}
