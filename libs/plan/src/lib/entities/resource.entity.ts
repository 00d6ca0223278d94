import { ResourceKind } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { MilestoneEntity } from './milestone.entity';
import type { ResourceDetailsEntity } from './resource-details.entity';

/**
 * A resource available or needed at a milestone. Confidential: details for few, kept in
 * `plan_resource_details`, whose rows row-level security shows only to those entitled to them.
 */
@Entity('plan_resources')
export class ResourceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;

  @Index('plan_resources_milestone_idx')
  @Column({ type: 'uuid' })
  milestoneId!: string;

  @ManyToOne(() => MilestoneEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: MilestoneEntity;

  @Column({ type: 'enum', enum: ResourceKind, enumName: 'resource_kind' }) kind!: ResourceKind;
  @Column({ type: 'boolean', default: false }) confidential!: boolean;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;

  /** Joined when read; absent where the database does not show them to the reader. */
  details?: ResourceDetailsEntity | null;
}
