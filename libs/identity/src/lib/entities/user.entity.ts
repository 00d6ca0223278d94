import type { Locale } from '@alianza/mail';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

@Entity('users')
@Check('users_locale_check', `"locale" IN ('es', 'en')`)
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stored trimmed and lower-cased. */
  @Index('users_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 120 })
  displayName!: string;

  /**
   * argon2id hash (PHC string). Never leaves this lib, and never read back through the entity:
   * the API role may not select it (IdentityService reads one through alianza_rls functions).
   */
  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash!: string;

  @Column({ type: 'boolean', default: false })
  isPlatformAdmin!: boolean;

  @Column({ type: 'boolean', default: false })
  isFacilitator!: boolean;

  /** The language of the interface and of every email to the account (ADR 0028). */
  @Column({ type: 'varchar', length: 2, default: 'es' })
  locale!: Locale;
  /**
   * When the address was last proven (a link emailed to it was followed); null while it is not.
   * Only the database's own functions set it (migration EmailVerification1795419820000).
   */
  @Column({ type: 'timestamptz', precision: 3, nullable: true, insert: false, update: false })
  emailVerifiedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
