import { Column, Entity, Index, PrimaryColumn, ForeignKey } from 'typeorm';
import { numeric } from './numeric.transformer';
import { ResourceEntity } from './resource.entity';

/**
 * A resource's details: read by the facilitator, by the providing organization, and by the
 * collaboration's active parties when the resource is not confidential (the `ReadDetails` rule).
 * `confidential` and the provider are repeated here for that rule; a resource is never edited.
 */
@ForeignKey(() => ResourceEntity, ['resource_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'plan_resource_details_resource_fk',
  onDelete: 'CASCADE',
})
@Entity('plan_resource_details')
export class ResourceDetailsEntity {
  @PrimaryColumn({ type: 'uuid' }) resourceId!: string;

  @Index('plan_resource_details_collaboration_idx')
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid', nullable: true }) providerOrganizationId!: string | null;
  @Column({ type: 'boolean', default: false }) confidential!: boolean;
  @Column({ type: 'text' }) description!: string;
  @Column({ type: 'numeric', precision: 20, scale: 6, nullable: true, transformer: numeric })
  quantity!: number | null;
  @Column({ type: 'varchar', length: 50, nullable: true }) unit!: string | null;
  /** Exact decimal, as a string. */
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) value!: string | null;
  /** ISO 4217. */
  @Column({ type: 'char', length: 3, nullable: true }) currency!: string | null;
}
