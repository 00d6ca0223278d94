import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';
import { DisclosureRequestEntity, Redaction } from './disclosure-request.entity';
import { ItemVersionEntity } from './item-version.entity';

/**
 * The right of one recipient organization to read one item version, in the approved
 * (redacted) form, until it expires or is revoked.
 */
@ForeignKey(
  () => DisclosureRequestEntity,
  ['request_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'grants_request_fk',
    onDelete: 'CASCADE',
  },
)
@ForeignKey(
  () => ItemVersionEntity,
  ['item_version_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'grants_item_version_fk',
    onDelete: 'RESTRICT',
  },
)
@Index('grants_reference_key', ['reference', 'collaborationId'], { unique: true })
@Entity('grants')
@Unique('grants_request_recipient_key', ['requestId', 'recipientOrganizationId', 'collaborationId'])
@Index('grants_recipient_idx', ['recipientParticipationId', 'createdAt'])
@Index('grants_item_version_idx', ['itemVersionId', 'recipientParticipationId'])
@Index('grants_owner_recipient_idx', ['ownerOrganizationId', 'recipientParticipationId'])
@Index('grants_item_idx', ['itemId', 'createdAt'])
export class GrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Short, human-quotable reference, printed in the watermark. */
  @Column({ type: 'varchar', length: 16 })
  reference!: string;

  @Index('grants_collaboration_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid' })
  requestId!: string;

  @Column({ type: 'uuid' })
  itemId!: string;

  @Column({ type: 'uuid' })
  itemVersionId!: string;

  @Column({ type: 'uuid' })
  areaId!: string;

  @Index('grants_owner_idx')
  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  @Column({ type: 'uuid' })
  recipientOrganizationId!: string;

  @Column({ type: 'uuid' })
  recipientParticipationId!: string;

  @Column({ type: 'jsonb' })
  redaction!: Redaction;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  validUntil!: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'uuid', nullable: true })
  revokedBy!: string | null;

  @Column({ type: 'text', nullable: true })
  revokeReason!: string | null;

  /** When the facilitator chose to keep this grant after a rule change that would not allow it. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  keptAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  keptReason!: string | null;

  /** When the expiry of this grant was written to the audit log. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiryRecordedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
