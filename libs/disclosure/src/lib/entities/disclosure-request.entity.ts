import { AudienceKind, DisclosureStatus } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';
import { ItemVersionEntity } from './item-version.entity';
import { ItemEntity } from './item.entity';

/**
 * One file of the version that a recipient gets (docs/adr/0032): the whole file (`pages`
 * null) or some pages of a PDF (1-based, sorted, each once), to view only or to download too.
 */
export interface FileShare {
  fileId: string;
  pages: number[] | null;
  download: boolean;
}

/**
 * What to hide from a recipient: whole fields (by key) and spans of the body (offsets); and
 * the files it gets (`files`: a file not listed is withheld; rows written before files were
 * shared have no `files`, which means none).
 */
export interface Redaction {
  fieldKeys: string[];
  spans: { start: number; end: number }[];
  files?: FileShare[];
}

/**
 * A hidden field whose value a recipient could still read elsewhere, as the facilitator
 * acknowledged it when approving (docs/adr/0013).
 */
export interface AcknowledgedHiddenValue {
  organizationId: string;
  fieldKey: string;
  fieldLabel: string;
  /** How many places still show it: spans of the text, the title, visible fields, file parts. */
  places: number;
}

/** An organization asks the facilitator to show an item version to an audience. */
@ForeignKey(() => ItemEntity, ['item_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'disclosure_requests_item_fk',
  onDelete: 'CASCADE',
})
@ForeignKey(
  () => ItemVersionEntity,
  ['item_version_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'disclosure_requests_item_version_fk',
    onDelete: 'RESTRICT',
  },
)
@Entity('disclosure_requests')
@Index('disclosure_requests_queue_idx', ['collaborationId', 'status', 'createdAt'])
@Index('disclosure_requests_item_idx', ['itemId', 'createdAt'])
@Index('disclosure_requests_list_idx', ['collaborationId', 'createdAt', 'id'])
@Index('disclosure_requests_pending_idx', ['collaborationId', 'createdAt', 'id'], {
  where: `"status" = 'pending'`,
})
export class DisclosureRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid' })
  itemId!: string;

  @Column({ type: 'uuid' })
  itemVersionId!: string;

  @Column({ type: 'uuid' })
  areaId!: string;

  @Index('disclosure_requests_owner_idx')
  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  @Column({ type: 'uuid' })
  ownerParticipationId!: string;

  @Column({ type: 'enum', enum: AudienceKind, enumName: 'audience_kind' })
  audienceKind!: AudienceKind;

  /** The recipients, resolved when the request was made. */
  @Column({ type: 'uuid', array: true })
  recipientOrganizationIds!: string[];

  @Column({ type: 'jsonb' })
  proposedRedaction!: Redaction;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  expiresAt!: Date | null;

  @Column({ type: 'text', default: '' })
  note!: string;

  @Column({ type: 'enum', enum: DisclosureStatus, enumName: 'disclosure_status' })
  status!: DisclosureStatus;

  @Column({ type: 'uuid' })
  requestedBy!: string;

  /** Null when approved automatically (open area, no overlap). */
  @Column({ type: 'uuid', nullable: true })
  decidedBy!: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  decidedAt!: Date | null;

  /** The facilitator's message (changes requested, rejection reason) or the approval note. */
  @Column({ type: 'text', nullable: true })
  decisionMessage!: string | null;

  /** The overlaps between the owner and recipients that the facilitator acknowledged. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  acknowledgedOverlapIds!: string[];

  /** Hidden values still visible elsewhere that the facilitator approved knowingly. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  acknowledgedHiddenValues!: AcknowledgedHiddenValue[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
