import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { AreaEntity } from './area.entity';

/**
 * Declared by the facilitator: in `area`, the activities of these organizations collide.
 * A disclosure between two of them in that area is flagged and needs explicit acknowledgement.
 */
@Entity('overlaps')
export class OverlapEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('overlaps_collaboration_id_idx')
  @Column({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => AreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  area?: AreaEntity;

  /** Two or more participant organizations. */
  @Column({ type: 'uuid', array: true })
  organizationIds!: string[];

  /** What the organizations involved read about the overlap. */
  @Column({ type: 'text', default: '' })
  sharedNote!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
