import { Column, Entity, Index, PrimaryColumn, ForeignKey } from 'typeorm';
import { CustomerListEntity } from './customer-list.entity';

/** HMAC-SHA256 of one normalized identifier under the collaboration's key. */
@ForeignKey(() => CustomerListEntity, ['list_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'customer_hashes_list_fk',
  onDelete: 'CASCADE',
})
@Entity('customer_hashes')
@Index('customer_hashes_area_hash_idx', ['areaId', 'hash'])
export class CustomerHashEntity {
  @PrimaryColumn('uuid') listId!: string;
  @PrimaryColumn({ type: 'bytea' }) hash!: Buffer;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @Column({ type: 'uuid' }) organizationId!: string;
}
