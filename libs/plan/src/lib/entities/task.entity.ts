import { ProposalStatus, TaskStatus } from '@alianza/shared';
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
import { MilestoneEntity } from './milestone.entity';

/** Who does what at a milestone. */
@ForeignKey(
  () => MilestoneEntity,
  ['milestone_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'plan_tasks_milestone_fk',
    onDelete: 'CASCADE',
  },
)
@Entity('plan_tasks')
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;

  @Index('plan_tasks_milestone_idx')
  @Column({ type: 'uuid' })
  milestoneId!: string;

  /** Its milestone, when a query joins it (`innerJoinAndMapOne`, on both columns). */
  milestone?: MilestoneEntity;

  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;

  @Index('plan_tasks_responsible_idx')
  @Column({ type: 'uuid' })
  responsibleOrganizationId!: string;

  @Column({ type: 'uuid', nullable: true }) responsibleUserId!: string | null;
  @Column({ type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ type: 'enum', enum: TaskStatus, enumName: 'task_status' }) status!: TaskStatus;
  @Column({ type: 'text', nullable: true }) blockedReason!: string | null;
  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status' })
  proposalStatus!: ProposalStatus;
  @Column({ type: 'uuid', nullable: true }) proposedByOrganizationId!: string | null;
  /** When the reminder that it is overdue went out (once). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) overdueNotifiedAt!: Date | null;
  /** Set when archived: kept for the history that names it, out of the plan (ADR 0040). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) archivedAt!: Date | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}
