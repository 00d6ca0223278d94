import { Column, CreateDateColumn, Entity, Index, PrimaryColumn, ForeignKey } from 'typeorm';
import { ActivityOptionEntity } from './activity-option.entity';

/**
 * An organization says an option applies to it. Private: only its own members read it; the
 * facilitator only sees what two or more organizations share (the detected overlaps).
 */
@ForeignKey(
  () => ActivityOptionEntity,
  ['option_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'activity_declarations_option_fk',
    onDelete: 'CASCADE',
  },
)
@Entity('activity_declarations')
@Index('activity_declarations_organization_idx', ['collaborationId', 'organizationId'])
export class ActivityDeclarationEntity {
  @PrimaryColumn('uuid') optionId!: string;
  @PrimaryColumn('uuid') organizationId!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'uuid' }) areaId!: string;
  @Column({ type: 'uuid' }) declaredBy!: string;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
