import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CustomerListEntity } from './customer-list.entity';

/** HMAC-SHA256 of one normalized identifier under the collaboration's key. */
@Entity('customer_hashes')
@Index('customer_hashes_area_hash_idx', ['areaId', 'hash'])
export class CustomerHashEntity {
  @PrimaryColumn('uuid') listId!: string;
  @PrimaryColumn({ type: 'bytea' }) hash!: Buffer;
  @ManyToOne(() => CustomerListEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'list_id' })
  list?: CustomerListEntity;
  @Column({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
}
