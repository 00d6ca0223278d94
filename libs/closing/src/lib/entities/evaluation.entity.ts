import {
  Column,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  PrimaryColumn,
} from 'typeorm';

export interface Rating {
  rating: number;
  comment: string;
}

/**
 * A participant's evaluation of what it obtained (per objective, 1–5) and, optionally, of each
 * other party's contribution; or, with no organization, the facilitator's assessment.
 */
@Entity('evaluations')
@Index('evaluations_collaboration_org_key', ['collaborationId', 'organizationId'], { unique: true })
export class EvaluationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  /** Null: the facilitator's assessment. */
  @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @Column({ type: 'uuid' }) authorUserId!: string;
  @Column({ type: 'jsonb' }) objectiveRatings!: (Rating & { objectiveId: string })[];
  @Column({ type: 'jsonb' }) peerRatings!: (Rating & { organizationId: string })[];
  @Column({ type: 'text', default: '' }) assessment!: string;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}
