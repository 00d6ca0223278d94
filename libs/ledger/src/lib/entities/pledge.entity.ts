import { ContributionType, PledgeStatus } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  PrimaryColumn,
} from 'typeorm';

/** An organization commits to a future contribution; ledger entries fulfil it. */
@Entity('pledges')
@Index('pledges_collaboration_idx', ['collaborationId', 'dueOn'])
export class PledgeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) pledgerOrganizationId!: string;
  /** Null: to the collaboration as a whole. */
  @Column({ type: 'uuid', nullable: true }) receiverOrganizationId!: string | null;
  @Column({ type: 'enum', enum: ContributionType, enumName: 'contribution_type' })
  contributionType!: ContributionType;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'date' }) dueOn!: string;
  @Column({ type: 'enum', enum: PledgeStatus, enumName: 'pledge_status' }) status!: PledgeStatus;
  /** The confirmed ledger entries that fulfil it. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" }) fulfilledByEntryIds!: string[];
  @Column({ type: 'text', nullable: true }) cancelReason!: string | null;
  /** When the reminder that it is overdue went out (once). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) overdueNotifiedAt!: Date | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}
