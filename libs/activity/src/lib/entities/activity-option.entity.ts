import { AreaEntity } from '@alianza/disclosure';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';

/** The three lists a participant declares its activity from, per area. */
export enum ActivityDimension {
  /** Markets and regions. */
  MARKET = 'market',
  SEGMENT = 'segment',
  /** Products and services. */
  PRODUCT = 'product',
}

/** One option of an area's list for a dimension ("Andalucía", "Hostelería", "Pan de masa madre"). */
@Entity('activity_options')
@Unique('activity_options_area_dimension_label_key', ['areaId', 'dimension', 'label'])
@Index('activity_options_collaboration_idx', ['collaborationId', 'areaId'])
export class ActivityOptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @ManyToOne(() => AreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  area?: AreaEntity;
  @Column({ type: 'enum', enum: ActivityDimension, enumName: 'activity_dimension' })
  dimension!: ActivityDimension;
  @Column({ type: 'varchar', length: 200 }) label!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
