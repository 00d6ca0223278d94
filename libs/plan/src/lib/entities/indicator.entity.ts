import { IndicatorDirection } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';
import { numeric } from './numeric.transformer';
import { ObjectiveEntity } from './objective.entity';

/** A measurable indicator of an objective: from `baseline` toward `target`. */
@ForeignKey(
  () => ObjectiveEntity,
  ['objective_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'plan_indicators_objective_fk',
    onDelete: 'CASCADE',
  },
)
@Entity('plan_indicators')
export class IndicatorEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;

  @Index('plan_indicators_objective_idx')
  @Column({ type: 'uuid' })
  objectiveId!: string;

  @Column({ type: 'varchar', length: 200 }) name!: string;
  @Column({ type: 'varchar', length: 50 }) unit!: string;
  @Column({ type: 'numeric', precision: 20, scale: 6, transformer: numeric }) baseline!: number;
  @Column({ type: 'numeric', precision: 20, scale: 6, transformer: numeric }) target!: number;
  @Column({ type: 'enum', enum: IndicatorDirection, enumName: 'indicator_direction' })
  direction!: IndicatorDirection;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  /** Set when archived: kept for the history that names it, out of the plan (ADR 0040). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) archivedAt!: Date | null;
}
