import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  PrimaryColumn,
} from 'typeorm';
import {
  BenchmarkOutcome,
  type BenchmarkPublication,
  BenchmarkWithheldReason,
} from '../benchmark-statistics';
import type { DpPublication, DpRoundSettings } from '../dp-rounds';

/** How a round turns the values into published figures. */
export enum BenchmarkPublicationMode {
  /** Exact averages of rank bands of at least k values (ADR 0011); the default. */
  RANK_BANDS = 'rank_bands',
  /** Noisy figures with an ε-differential-privacy guarantee (ADR 0012). */
  DIFFERENTIAL_PRIVACY = 'differential_privacy',
}

/**
 * A benchmark round: one metric, the organizations asked for it, the privacy thresholds and,
 * once closed, the frozen outcome. The database refuses to change a closed round.
 */
@Entity('benchmark_rounds')
@Index('benchmark_rounds_metric_idx', ['collaborationId', 'metricKey'])
@Index('benchmark_rounds_due_idx', ['closesAt'], { where: 'closed_at IS NULL' })
@Check('benchmark_rounds_participant_count_check', `"participant_count" >= 0`)
@Check(
  'benchmark_rounds_dp_settings_check',
  `("publication_mode" = 'differential_privacy') = ("differential_privacy" IS NOT NULL)`,
)
export class BenchmarkRoundEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'varchar', length: 200 }) metricName!: string;
  @Column({ type: 'varchar', length: 50 }) unit!: string;
  /** Normalized name and unit (`metricKey`): rounds of the same metric, for differencing. */
  @Column({ type: 'text' }) metricKey!: string;
  @Column({ type: 'uuid', nullable: true }) areaId!: string | null;
  @Column({ type: 'boolean' }) higherIsBetter!: boolean;
  @Column({ type: 'boolean' }) summable!: boolean;
  /** Minimum number of contributors for anything to be published. */
  @Column({ type: 'int' }) k!: number;
  /** How many organizations were asked (fixed at creation; a participant reads only its own seat). */
  @Column({ type: 'int' }) participantCount!: number;
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
