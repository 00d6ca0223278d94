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

/**
 * An organization's customer list for an area: a summary of the upload. The identifiers are
 * kept only as keyed hashes (`customer_hashes`); the file itself is never stored.
 */
@ForeignKey(() => AreaEntity, ['area_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'customer_lists_area_fk',
  onDelete: 'CASCADE',
})
@Entity('customer_lists')
@Unique('customer_lists_area_organization_key', ['areaId', 'organizationId', 'collaborationId'])
@Index('customer_lists_organization_idx', ['collaborationId', 'organizationId'])
export class CustomerListEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
  @Column({ type: 'varchar', length: 255, nullable: true }) fileName!: string | null;
  /** Distinct identifiers kept. */
  @Column({ type: 'int' }) accepted!: number;
  /** Lines that repeated an identifier already in the file. */
  @Column({ type: 'int' }) duplicates!: number;
  /** Lines with no valid identifier. */
  @Column({ type: 'int' }) rejected!: number;
  @Column({ type: 'uuid' }) uploadedBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) uploadedAt!: Date;
}
