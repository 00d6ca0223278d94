import { Column, Entity, PrimaryGeneratedColumn, Unique, PrimaryColumn } from 'typeorm';

/**
 * One organization's private value for a round (re-submitting replaces it). Carries the round's
 * `facilitatorSeesValues` so that the access rule deciding who reads it is a condition on the
 * row itself, compiled into SQL.
 */
@Entity('benchmark_submissions')
@Unique('benchmark_submissions_round_org_key', ['roundId', 'organizationId', 'collaborationId'])
export class BenchmarkSubmissionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) roundId!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
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
