import { ResourceKind } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';
import { MilestoneEntity } from './milestone.entity';
import type { ResourceDetailsEntity } from './resource-details.entity';

/**
 * A resource available or needed at a milestone. Confidential: details for few, kept in
 * `plan_resource_details`, whose rows row-level security shows only to those entitled to them.
 */
@ForeignKey(
  () => MilestoneEntity,
  ['milestone_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'plan_resources_milestone_fk',
    onDelete: 'CASCADE',
  },
)
@Entity('plan_resources')
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;

  @Index('plan_resources_milestone_idx')
  @Column({ type: 'uuid' })
  milestoneId!: string;

  @Column({ type: 'enum', enum: ResourceKind, enumName: 'resource_kind' }) kind!: ResourceKind;
  @Column({ type: 'boolean', default: false }) confidential!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;

  /** Joined when read; absent where the database does not show them to the reader. */
  details?: ResourceDetailsEntity | null;
}
