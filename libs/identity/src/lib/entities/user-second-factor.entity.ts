import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  OneToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * A user's authenticator (TOTP, RFC 6238), kept apart from `users`. The shared secret is stored
 * encrypted (AES-256-GCM under TWO_FACTOR_KEY, which the database never holds; see
 * `TwoFactorSecrets`). A row without `confirmedAt` is a set-up under way: it signs nobody in.
 * Row-level security: only its own user's claim reads or writes it.
 */
@Entity('user_second_factors')
export class UserSecondFactorEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @OneToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** `v1.<key id>.<iv>.<tag>.<ciphertext>` (see `TwoFactorSecrets`). */
  @Column({ type: 'varchar', length: 200 })
  secretCiphertext!: string;

  /** When a first code proved the set-up; null while it is under way. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt!: Date | null;

  /** The latest TOTP time step accepted: a code of this step or an earlier one is refused. */
  @Column({ type: 'integer', nullable: true })
  lastUsedStep!: number | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
