import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import type { BenchmarkPublication } from './benchmark-statistics';
import {
  BenchmarkOutcome,
  BenchmarkPublicationMode,
  BenchmarkWithheldReason,
} from './benchmark.enums';
import type { DpPublication, DpRoundSettings } from './dp-rounds';

/**
 * A benchmark round: one metric, the organizations asked for it, the privacy thresholds and,
 * once closed, the frozen outcome. The database refuses to change a closed round.
 */
@Entity('benchmark_rounds')
@Index('benchmark_rounds_metric_idx', ['collaborationId', 'metricKey'])
@Index('benchmark_rounds_due_idx', ['closesAt'], { where: 'closed_at IS NULL' })
@Check(
  'benchmark_rounds_dp_settings_check',
  `("publication_mode" = 'differential_privacy') = ("differential_privacy" IS NOT NULL)`,
)
export class BenchmarkRoundEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'varchar', length: 200 }) metricName!: string;
  @Column({ type: 'varchar', length: 50 }) unit!: string;
  /** Normalized name and unit (`metricKey`): rounds of the same metric, for differencing. */
  @Column({ type: 'text' }) metricKey!: string;
  @Column({ type: 'uuid', nullable: true }) areaId!: string | null;
  @Column({ type: 'boolean' }) higherIsBetter!: boolean;
  @Column({ type: 'boolean' }) summable!: boolean;
  /** Minimum number of contributors for anything to be published. */
  @Column({ type: 'int' }) k!: number;
  /** Largest share of the total one contributor may hold (summable metrics), in (0, 1]. */
  @Column({ type: 'double precision' }) dominanceCap!: number;
  @Column({ type: 'boolean' }) facilitatorSeesValues!: boolean;
  @Column({
    type: 'enum',
    enum: BenchmarkPublicationMode,
    enumName: 'benchmark_publication_mode',
    default: BenchmarkPublicationMode.RANK_BANDS,
  })
  publicationMode!: BenchmarkPublicationMode;
  /**
   * The range, ε and figures of a differentially private round (ADR 0012), set when it is
   * created and never changed; null for rank-band rounds.
   */
  @Column({ type: 'jsonb', nullable: true }) differentialPrivacy!: DpRoundSettings | null;
  @Column({ type: 'timestamptz', precision: 3 }) opensAt!: Date;
  @Column({ type: 'timestamptz', precision: 3 }) closesAt!: Date;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  /** When the participants were told it opened (once). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) openNotifiedAt!: Date | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) closedAt!: Date | null;
  /** Null: closed by the platform at its closing time. */
  @Column({ type: 'uuid', nullable: true }) closedBy!: string | null;
  @Column({
    type: 'enum',
    enum: BenchmarkOutcome,
    enumName: 'benchmark_outcome',
    nullable: true,
  })
  outcome!: BenchmarkOutcome | null;
  @Column({
    type: 'enum',
    enum: BenchmarkWithheldReason,
    enumName: 'benchmark_withheld_reason',
    nullable: true,
  })
  withheldReason!: BenchmarkWithheldReason | null;
  /**
   * The published figures, read only while `outcome` is published: rank-band averages (ADR 0011,
   * `rule: 'rank-bands'`, never min, max or single values) or the one differentially private
   * release drawn at closing (ADR 0012, `rule: 'differential-privacy'`). Rounds withdrawn by the
   * upgrade (RULE_RETIRED) keep their old quartiles here, never shown again.
   */
  @Column({ type: 'jsonb', nullable: true }) result!: BenchmarkPublication | DpPublication | null;
  /** Who contributed when it closed: compared with later rounds of the same metric. */
  @Column({ type: 'uuid', array: true, nullable: true }) contributorOrganizationIds!:
    string[] | null;
}

/** An organization asked to take part in a round. */
@Entity('benchmark_round_participants')
export class BenchmarkParticipantEntity {
  @PrimaryColumn('uuid') roundId!: string;
  @PrimaryColumn('uuid') organizationId!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
}

/**
 * One organization's private value for a round (re-submitting replaces it). Carries the round's
 * `facilitatorSeesValues` so that the access rule deciding who reads it is a condition on the
 * row itself, compiled into SQL.
 */
@Entity('benchmark_submissions')
@Unique('benchmark_submissions_round_org_key', ['roundId', 'organizationId'])
export class BenchmarkSubmissionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) roundId!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'double precision' }) value!: number;
  @Column({ type: 'boolean' }) facilitatorSeesValues!: boolean;
  @Column({ type: 'uuid' }) submittedBy!: string;
  @Column({ type: 'timestamptz', precision: 3 }) submittedAt!: Date;
  /**
   * The band (index in the published `bands`) this value fell in when the round published: its
   * organization's position, readable exactly as the value itself.
   */
  @Column({ type: 'int', nullable: true }) publishedBand!: number | null;
}
