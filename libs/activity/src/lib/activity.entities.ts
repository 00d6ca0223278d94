import { CollaborationEntity } from '@alianza/collaboration';
import { AreaEntity, OverlapEntity } from '@alianza/disclosure';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** The three lists a participant declares its activity from, per area. */
export enum ActivityDimension {
  /** Markets and regions. */
  MARKET = 'market',
  SEGMENT = 'segment',
  /** Products and services. */
  PRODUCT = 'product',
}

/** What the facilitator decided about a detected overlap. */
export enum OverlapReviewDecision {
  /** Turned into a declared overlap of the disclosure engine. */
  DECLARED = 'declared',
  DISMISSED = 'dismissed',
}

/** One option of an area's list for a dimension ("Andalucía", "Hostelería", "Pan de masa madre"). */
@Entity('activity_options')
@Unique('activity_options_area_dimension_label_key', ['areaId', 'dimension', 'label'])
@Index('activity_options_collaboration_idx', ['collaborationId', 'areaId'])
export class ActivityOptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @ManyToOne(() => AreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  area?: AreaEntity;
  @Column({ type: 'enum', enum: ActivityDimension, enumName: 'activity_dimension' })
  dimension!: ActivityDimension;
  @Column({ type: 'varchar', length: 200 }) label!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}

/**
 * An organization says an option applies to it. Private: only its own members read it; the
 * facilitator only sees what two or more organizations share (the detected overlaps).
 */
@Entity('activity_declarations')
@Index('activity_declarations_organization_idx', ['collaborationId', 'organizationId'])
export class ActivityDeclarationEntity {
  @PrimaryColumn('uuid') optionId!: string;
  @PrimaryColumn('uuid') organizationId!: string;
  @ManyToOne(() => ActivityOptionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'option_id' })
  option?: ActivityOptionEntity;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @Column({ type: 'uuid' }) declaredBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}

/**
 * An organization's customer list for an area: a summary of the upload. The identifiers are
 * kept only as keyed hashes (`customer_hashes`); the file itself is never stored.
 */
@Entity('customer_lists')
@Unique('customer_lists_area_organization_key', ['areaId', 'organizationId'])
@Index('customer_lists_organization_idx', ['collaborationId', 'organizationId'])
export class CustomerListEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @ManyToOne(() => AreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  area?: AreaEntity;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) fileName!: string | null;
  /** Distinct identifiers kept. */
  @Column({ type: 'int' }) accepted!: number;
  /** Lines that repeated an identifier already in the file. */
  @Column({ type: 'int' }) duplicates!: number;
  /** Lines with no valid identifier. */
  @Column({ type: 'int' }) rejected!: number;
  @Column({ type: 'uuid' }) uploadedBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) uploadedAt!: Date;
}

/** HMAC-SHA256 of one normalized identifier under the collaboration's key. */
@Entity('customer_hashes')
@Index('customer_hashes_area_hash_idx', ['areaId', 'hash'])
export class CustomerHashEntity {
  @PrimaryColumn('uuid') listId!: string;
  @PrimaryColumn({ type: 'bytea' }) hash!: Buffer;
  @ManyToOne(() => CustomerListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: CustomerListEntity;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
}

/**
 * The per-collaboration key of the customer hashes: random, made on first use, never exposed by
 * the API nor logged. Hashes of two collaborations cannot be compared.
 */
@Entity('activity_secrets')
export class ActivitySecretEntity {
  @PrimaryColumn('uuid') collaborationId!: string;
  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;
  @Column({ type: 'bytea' }) hmacKey!: Buffer;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}

/** The facts of a detected overlap when it was reviewed: a dismissal holds until they grow. */
export interface ReviewedFacts {
  optionIds: string[];
  sharedCustomers: number | null;
}

/**
 * The facilitator's review of a detected overlap, which is identified by its area and its
 * (sorted) set of organizations.
 */
@Entity('detected_overlap_reviews')
@Unique('detected_overlap_reviews_area_organizations_key', ['areaId', 'organizationIds'])
@Index('detected_overlap_reviews_collaboration_idx', ['collaborationId'])
export class DetectedOverlapReviewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @ManyToOne(() => AreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  area?: AreaEntity;
  /** Sorted. */
  @Column({ type: 'uuid', array: true }) organizationIds!: string[];
  @Column({ type: 'enum', enum: OverlapReviewDecision, enumName: 'overlap_review_decision' })
  decision!: OverlapReviewDecision;
  /** The declared overlap it became; null once that overlap is removed. */
  @Column({ type: 'uuid', nullable: true }) overlapId!: string | null;
  @ManyToOne(() => OverlapEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'overlap_id' })
  overlap?: OverlapEntity;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'jsonb' }) facts!: ReviewedFacts;
  @Column({ type: 'uuid' }) decidedBy!: string;
  @Column({ type: 'timestamptz', precision: 3 }) decidedAt!: Date;
}
