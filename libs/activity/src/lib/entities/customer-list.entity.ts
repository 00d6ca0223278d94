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

/**
 * An organization's customer list for an area: a summary of the upload. The identifiers are
 * kept only as keyed hashes (`customer_hashes`); the file itself is never stored.
 */
@Entity('customer_lists')
@Unique('customer_lists_area_organization_key', ['areaId', 'organizationId'])
@Index('customer_lists_organization_idx', ['collaborationId', 'organizationId'])
export class CustomerListEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @ManyToOne(() => AreaEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'area_id' })
  area?: AreaEntity;
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
