import { CollaborationEntity } from '@alianza/collaboration';
import { AreaSensitivity } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  PrimaryColumn,
} from 'typeorm';

/** An area of exchange of a collaboration ("costes", "buenas prácticas"…). */
@Entity('areas')
@Unique('areas_collaboration_name_key', ['collaborationId', 'name'])
export class AreaEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'enum', enum: AreaSensitivity, enumName: 'area_sensitivity' })
  sensitivity!: AreaSensitivity;

  @Column({ type: 'int', default: 0 })
  position!: number;

  /** Set when archived: kept for its items and grants, closed to new items (ADR 0040). */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  archivedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
