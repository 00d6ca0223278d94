import { AreaEntity } from '@alianza/disclosure';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  PrimaryColumn,
  ForeignKey,
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
@ForeignKey(() => AreaEntity, ['area_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'activity_options_area_fk',
  onDelete: 'CASCADE',
})
@Entity('activity_options')
@Unique('activity_options_area_dimension_label_key', [
  'areaId',
  'dimension',
  'label',
  'collaborationId',
])
@Index('activity_options_collaboration_idx', ['collaborationId', 'areaId'])
export class ActivityOptionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @Column({ type: 'enum', enum: ActivityDimension, enumName: 'activity_dimension' })
  dimension!: ActivityDimension;
  @Column({ type: 'varchar', length: 200 }) label!: string;
  @Column({ type: 'int', default: 0 }) position!: number;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
