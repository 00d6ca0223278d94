import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';
import { AreaEntity } from './area.entity';

/**
 * Declared by the facilitator: in `area`, the activities of these organizations collide.
 * A disclosure between two of them in that area is flagged and needs explicit acknowledgement.
 */
@ForeignKey(() => AreaEntity, ['area_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'overlaps_area_fk',
  onDelete: 'CASCADE',
})
@Entity('overlaps')
export class OverlapEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('overlaps_collaboration_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid' })
  areaId!: string;

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
