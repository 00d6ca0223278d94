import { Entity, PrimaryColumn } from 'typeorm';

/** An organization asked to take part in a round. */
@Entity('benchmark_round_participants')
export class BenchmarkParticipantEntity {
  @PrimaryColumn('uuid') roundId!: string;
  @PrimaryColumn('uuid') organizationId!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
}
