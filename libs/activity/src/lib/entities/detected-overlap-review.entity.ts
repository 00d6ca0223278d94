import { AreaEntity, OverlapEntity } from '@alianza/disclosure';
import {
  Column,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';

/** What the facilitator decided about a detected overlap. */
export enum OverlapReviewDecision {
  /** Turned into a declared overlap of the disclosure engine. */
  DECLARED = 'declared',
  DISMISSED = 'dismissed',
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
@ForeignKey(() => AreaEntity, ['area_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'detected_overlap_reviews_area_fk',
  onDelete: 'CASCADE',
})
@ForeignKey(() => OverlapEntity, ['overlap_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'detected_overlap_reviews_overlap_fk',
  onDelete: 'SET NULL',
})
@Entity('detected_overlap_reviews')
@Unique('detected_overlap_reviews_area_organizations_key', [
  'areaId',
  'organizationIds',
  'collaborationId',
])
@Index('detected_overlap_reviews_collaboration_idx', ['collaborationId'])
export class DetectedOverlapReviewEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  /** Sorted. */
  @Column({ type: 'uuid', array: true }) organizationIds!: string[];
  @Column({ type: 'enum', enum: OverlapReviewDecision, enumName: 'overlap_review_decision' })
  decision!: OverlapReviewDecision;
  /** The declared overlap it became; null once that overlap is removed. */
  @Column({ type: 'uuid', nullable: true }) overlapId!: string | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ type: 'jsonb' }) facts!: ReviewedFacts;
  @Column({ type: 'uuid' }) decidedBy!: string;
  @Column({ type: 'timestamptz', precision: 3 }) decidedAt!: Date;
}
