import {
  ContributionType,
  LedgerEntrySource,
  LedgerEntryStatus,
  PledgeStatus,
  ValuationScale,
} from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

/** How a collaboration values contributions; set by the facilitator. */
@Entity('ledger_settings')
export class LedgerSettingsEntity {
  @PrimaryColumn('uuid') collaborationId!: string;
  @Column({ type: 'enum', enum: ValuationScale, enumName: 'valuation_scale' })
  valuationScale!: ValuationScale;
  /** ISO 4217, for the money scale. */
  @Column({ type: 'char', length: 3, nullable: true }) currency!: string | null;
  /** Value of an approved disclosure per area (exact decimals as strings), by area id. */
  @Column({ type: 'jsonb' }) areaValues!: Record<string, string>;
  /**
   * "Give first, then receive": an organization whose received value exceeds its given value by
   * more than this gets no disclosure auto-approved, and the facilitator is warned. Null: no policy.
   */
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) reciprocityThreshold!:
    string | null;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}

/**
 * One contribution from a giver to one receiver (or to the collaboration as a whole). A
 * declaration to several receivers is one entry per receiver, each with its own value.
 */
@Entity('ledger_entries')
@Index('ledger_entries_collaboration_idx', ['collaborationId', 'occurredOn'])
export class LedgerEntryEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
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
  @Index('ledger_entries_grant_key', { unique: true, where: 'grant_id IS NOT NULL' })
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

/** An organization commits to a future contribution; ledger entries fulfil it. */
@Entity('pledges')
@Index('pledges_collaboration_idx', ['collaborationId', 'dueOn'])
export class PledgeEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
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
