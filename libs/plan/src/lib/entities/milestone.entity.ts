import { MilestoneStatus, ProposalStatus } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  PrimaryColumn,
} from 'typeorm';

/** A step of the plan ("hitos o pasos") with its calendar. */
@Entity('plan_milestones')
@Index('plan_milestones_collaboration_idx', ['collaborationId', 'position'])
export class MilestoneEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
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
