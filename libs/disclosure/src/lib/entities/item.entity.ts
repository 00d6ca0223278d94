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

/** A piece of an organization's information in an area. Its content lives in its versions. */
@ForeignKey(() => AreaEntity, ['area_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'items_area_fk',
  onDelete: 'RESTRICT',
})
@Entity('items')
@Index('items_owner_organization_idx', ['ownerOrganizationId', 'createdAt'])
@Index('items_list_idx', ['collaborationId', 'updatedAt', 'id'])
@Index('items_owner_list_idx', ['ownerOrganizationId', 'collaborationId', 'updatedAt', 'id'])
export class ItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('items_collaboration_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid' })
  areaId!: string;

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
