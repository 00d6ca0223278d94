import { UserEntity } from '@alianza/identity';
import { InvitationStatus, MembershipRole } from '@alianza/shared';
import { Locale } from '@alianza/mail';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/**
 * An owner's invitation of an email address to join an organization with a role. Nobody
 * becomes a member without accepting one (the database refuses the membership otherwise), and
 * the invitation names an address, never an account: the owner learns nothing about who has one.
 */
@Entity('organization_invitations')
@Index('organization_invitations_pending_key', ['organizationId', 'email'], {
  unique: true,
  where: `"status" = 'pending'`,
})
@Index('organization_invitations_email_idx', ['email'])
export class OrganizationInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  /** The invited address, normalized (`normalizeEmail`): whoever signs in with it may answer. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'enum', enum: MembershipRole, enumName: 'membership_role' })
  role!: MembershipRole;

  @Column({
    type: 'enum',
    enum: InvitationStatus,
    enumName: 'invitation_status',
    default: InvitationStatus.PENDING,
  })
  status!: InvitationStatus;

  /** The language of the email with its link (the inviter's choice, by default their own). */
  @Column({ type: 'varchar', length: 2, default: Locale.ES })
  locale!: Locale;

  /**
   * Keyed hash (hex, `invitationTokenHash`) of the token of the link emailed to the address; null for invitations made
   * before links were sent (answered in the portal only).
   */
  @Index('organization_invitations_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  tokenHash!: string | null;

  /** When its link was first opened, if ever. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  openedAt!: Date | null;

  /** The owner who sent it. */
  @Column({ type: 'uuid' })
  invitedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by' })
  inviter?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  /** When it stopped being pending: accepted, declined, revoked or replaced once expired. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  /** Who closed it: the addressee (accepted, declined) or an owner (revoked, replaced). */
  @Column({ type: 'uuid', nullable: true })
  closedBy!: string | null;
}
