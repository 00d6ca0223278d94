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

/** A piece of an organization's information in an area. Its content lives in its versions. */
@Entity('items')
@Index('items_owner_organization_idx', ['ownerOrganizationId', 'createdAt'])
@Index('items_list_idx', ['collaborationId', 'updatedAt', 'id'])
@Index('items_owner_list_idx', ['ownerOrganizationId', 'collaborationId', 'updatedAt', 'id'])
export class ItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('items_collaboration_id_idx')
  @Column({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid' })
  areaId!: string;

  @ManyToOne(() => AreaEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'area_id' })
  area?: AreaEntity;

  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  @Column({ type: 'uuid' })
  ownerParticipationId!: string;

  /** Number of the latest version. */
  @Column({ type: 'int' })
  currentVersion!: number;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
