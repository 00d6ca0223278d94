import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  PrimaryColumn,
} from 'typeorm';

/** A report of progress on a milestone or one of its tasks, with optional indicator values. */
@Entity('plan_progress_updates')
@Index('plan_progress_milestone_idx', ['milestoneId', 'createdAt'])
export class ProgressUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) milestoneId!: string;
  @Column({ type: 'uuid', nullable: true }) taskId!: string | null;
  @Column({ type: 'text' }) text!: string;
  @Column({ type: 'jsonb' }) indicatorValues!: { indicatorId: string; value: number }[];
  /** A grant the author's organization holds, as evidence. */
  @Column({ type: 'uuid', nullable: true }) evidenceGrantId!: string | null;
  @Column({ type: 'uuid' }) authorUserId!: string;
  /** The author's organization (null when the facilitator reports). */
  @Column({ type: 'uuid', nullable: true }) organizationId!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
