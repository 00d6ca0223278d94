import { UserEntity } from '@alianza/identity';
import { OrganizationEntity } from '@alianza/organization';
import { InvitationStatus } from '@alianza/shared';
import { Locale } from '@alianza/mail';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';
import { CollaborationEntity } from './collaboration.entity';
import { ParticipationEntity } from './participation.entity';

/**
 * A facilitator's invitation of an organization to a collaboration, sent to its owner's email
 * address, whether or not that person or organization is on the platform yet. The email carries a
 * link whose token only its keyed hash (`tokenHash`) keeps; whoever signs in with the address (after
 * signing up through the link, if need be) accepts it for an organization of theirs, founded
 * there or one they own already, and that organization is then invited (a participation).
 */
@ForeignKey(
  () => ParticipationEntity,
  ['accepted_participation_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'collaboration_invitations_accepted_participation_fk',
    onDelete: 'SET NULL',
  },
)
@Index('collaboration_invitations_token_hash_key', ['tokenHash', 'collaborationId'], {
  unique: true,
})
@Entity('collaboration_invitations')
@Index('collaboration_invitations_pending_key', ['collaborationId', 'email'], {
  unique: true,
  where: `"status" = 'pending'`,
})
@Index('collaboration_invitations_email_idx', ['email'])
export class CollaborationInvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;

  /** The invited address, normalized (`normalizeEmail`): whoever signs in with it may accept. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  /** The organization's name as the facilitator wrote it: proposed when founding it. */
  @Column({ type: 'varchar', length: 200 })
  organizationName!: string;

  /** Why the facilitator invites it: shown once signed in, never in the email. */
  @Column({ type: 'text', default: '' })
  message!: string;

  /** The language of the email (and of the page its link opens). */
  @Column({ type: 'varchar', length: 2 })
  locale!: Locale;

  /** Keyed hash (hex) of the link's token (`invitationTokenHash`); a new link (resending) replaces it. */
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Column({
    type: 'enum',
    enum: InvitationStatus,
    enumName: 'invitation_status',
    default: InvitationStatus.PENDING,
  })
  status!: InvitationStatus;

  /** The facilitator who sent it. */
  @Column({ type: 'uuid' })
  invitedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by' })
  inviter?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** When the last email with a link went out. */
  @Column({ type: 'timestamptz', precision: 3 })
  sentAt!: Date;

  /** How many emails went out (1, then one more each time it is resent). */
  @Column({ type: 'int', default: 1 })
  sendCount!: number;

  /** The link stops working then (a resend sets a new one). */
  @Column({ type: 'timestamptz', precision: 3 })
  expiresAt!: Date;

  /** When its link was first opened, if ever. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  openedAt!: Date | null;

  /** When it stopped being pending: accepted, or withdrawn (revoked). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt!: Date | null;

  /** Who closed it: the addressee (accepted) or a facilitator (withdrawn). */
  @Column({ type: 'uuid', nullable: true })
  closedBy!: string | null;

  /** The organization it was accepted for. */
  @Column({ type: 'uuid', nullable: true })
  acceptedOrganizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'accepted_organization_id' })
  acceptedOrganization?: OrganizationEntity;

  /** The participation that accepting made (or found). */
  @Column({ type: 'uuid', nullable: true })
  acceptedParticipationId!: string | null;
}
