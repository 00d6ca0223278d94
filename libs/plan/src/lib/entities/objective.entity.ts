import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  PrimaryColumn,
} from 'typeorm';

/** An objective of the collaboration's plan ("definir un objetivo"). */
@Entity('plan_objectives')
@Index('plan_objectives_collaboration_idx', ['collaborationId', 'position'])
export class ObjectiveEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'varchar', length: 200 }) title!: string;
  @Column({ type: 'text', default: '' }) description!: string;
  @Column({ type: 'int' }) position!: number;
  /** Set when archived: kept for the history that names it, out of the plan (ADR 0040). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) archivedAt!: Date | null;
  @Column({ type: 'uuid' }) createdBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}
