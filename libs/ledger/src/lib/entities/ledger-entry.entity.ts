import { ContributionType, LedgerEntrySource, LedgerEntryStatus } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  PrimaryColumn,
} from 'typeorm';

/**
 * One contribution from a giver to one receiver (or to the collaboration as a whole). A
 * declaration to several receivers is one entry per receiver, each with its own value.
 */
@Index('ledger_entries_grant_key', ['grantId', 'collaborationId'], {
  unique: true,
  where: 'grant_id IS NOT NULL',
})
@Entity('ledger_entries')
@Index('ledger_entries_collaboration_idx', ['collaborationId', 'occurredOn'])
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) giverOrganizationId!: string;
  /** Null: given to the collaboration as a whole. */
  @Column({ type: 'uuid', nullable: true }) receiverOrganizationId!: string | null;
  @Column({ type: 'enum', enum: ContributionType, enumName: 'contribution_type' })
  contributionType!: ContributionType;
  @Column({ type: 'text' }) description!: string;
  /** Exact decimal (points or money, per the collaboration's scale). */
  @Column({ type: 'numeric', precision: 18, scale: 2 }) value!: string;
  @Column({ type: 'date' }) occurredOn!: string;
  @Column({ type: 'uuid', nullable: true }) taskId!: string | null;
  @Column({ type: 'uuid', nullable: true }) milestoneId!: string | null;
  @Column({ type: 'enum', enum: LedgerEntrySource, enumName: 'ledger_entry_source' })
  source!: LedgerEntrySource;
  @Column({ type: 'uuid', nullable: true })
  grantId!: string | null;
  @Column({ type: 'enum', enum: LedgerEntryStatus, enumName: 'ledger_entry_status' })
  status!: LedgerEntryStatus;
  /** Who declared it (null: created by the platform from an approved disclosure). */
  @Column({ type: 'uuid', nullable: true }) declaredBy!: string | null;
  @Column({ type: 'uuid', nullable: true }) decidedBy!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) decidedAt!: Date | null;
  @Column({ type: 'text', nullable: true }) disputeReason!: string | null;
  @Column({ type: 'text', nullable: true }) settleReason!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}
