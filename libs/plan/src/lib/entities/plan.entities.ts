import {
  IndicatorDirection,
  MilestoneStatus,
  ProposalStatus,
  ResourceKind,
  TaskStatus,
} from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  ValueTransformer,
} from 'typeorm';

/** numeric ↔ number for measurements (money stays a decimal string, see ResourceEntity). */
const numeric: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/** An objective of the collaboration's plan ("definir un objetivo"). */
@Entity('plan_objectives')
@Index('plan_objectives_collaboration_idx', ['collaborationId', 'position'])
export class ObjectiveEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}

/** A measurable indicator of an objective: from `baseline` toward `target`. */
@Entity('plan_indicators')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;

  @Index('plan_indicators_objective_idx')
  @Column({ type: 'uuid' })
  objectiveId!: string;

  @ManyToOne(() => ObjectiveEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'objective_id' })
  objective?: ObjectiveEntity;

  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 50 }) unit!: string;
  @Column({ type: 'numeric', precision: 20, scale: 6, transformer: numeric }) baseline!: number;
  @Column({ type: 'numeric', precision: 20, scale: 6, transformer: numeric }) target!: number;
  @Column({ type: 'enum', enum: IndicatorDirection, enumName: 'indicator_direction' })
  direction!: IndicatorDirection;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}

/** A step of the plan ("hitos o pasos") with its calendar. */
@Entity('plan_milestones')
@Index('plan_milestones_collaboration_idx', ['collaborationId', 'position'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'date', nullable: true }) startDate!: string | null;
  @Column({ type: 'date', nullable: true }) dueDate!: string | null;
  @Column({ type: 'int' }) position!: number;
  @Column({ type: 'enum', enum: MilestoneStatus, enumName: 'milestone_status' })
  status!: MilestoneStatus;
  @Column({ type: 'enum', enum: ProposalStatus, enumName: 'proposal_status' })
  proposalStatus!: ProposalStatus;
  /** The participant organization that proposed it (null: the facilitator's own). */
  @Column({ type: 'uuid', nullable: true }) proposedByOrganizationId!: string | null;
  /** When the reminder that it is overdue went out (once). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) overdueNotifiedAt!: Date | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}

/**
 * A resource available or needed at a milestone. Confidential: details for few, kept in
 * `plan_resource_details`, whose rows row-level security shows only to those entitled to them.
 */
@Entity('plan_resources')
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;

  @Index('plan_resources_milestone_idx')
  @Column({ type: 'uuid' })
  milestoneId!: string;

  @ManyToOne(() => MilestoneEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: MilestoneEntity;

  @Column({ type: 'enum', enum: ResourceKind, enumName: 'resource_kind' }) kind!: ResourceKind;
  @Column({ type: 'boolean', default: false }) confidential!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;

  /** Joined when read; absent where the database does not show them to the reader. */
  details?: ResourceDetailsEntity | null;
}

/**
 * A resource's details: read by the facilitator, by the providing organization, and by the
 * collaboration's active parties when the resource is not confidential (the `ReadDetails` rule).
 * `confidential` and the provider are repeated here for that rule; a resource is never edited.
 */
@Entity('plan_resource_details')
export class ResourceDetailsEntity {
  @PrimaryColumn({ type: 'uuid' }) resourceId!: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: ResourceEntity;

  @Index('plan_resource_details_collaboration_idx')
  @Column({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid', nullable: true }) providerOrganizationId!: string | null;
  @Column({ type: 'boolean', default: false }) confidential!: boolean;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'numeric', precision: 20, scale: 6, nullable: true, transformer: numeric })
  quantity!: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) unit!: string | null;
  /** Exact decimal, as a string. */
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) value!: string | null;
  /** ISO 4217. */
  @Column({ type: 'char', length: 3, nullable: true }) currency!: string | null;
}

/** Who does what at a milestone. */
@Entity('plan_tasks')
export class TaskEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;

  @Index('plan_tasks_milestone_idx')
  @Column({ type: 'uuid' })
  milestoneId!: string;

  @ManyToOne(() => MilestoneEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id' })
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
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}

/** A report of progress on a milestone or one of its tasks, with optional indicator values. */
@Entity('plan_progress_updates')
@Index('plan_progress_milestone_idx', ['milestoneId', 'createdAt'])
export class ProgressUpdateEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
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
