import { Column, Entity, Index, PrimaryColumn, ForeignKey } from 'typeorm';
import { ItemFileEntity } from './item-file.entity';

/**
 * A file listed by an item version, at its position (docs/adr/0030). Written with the version
 * and never changed: a version keeps its files, as it keeps its text, for the grants on it.
 */
// The version by name: disclosure owns item versions and calls into this lib, not the other way round.
@ForeignKey(
  'ItemVersionEntity',
  ['item_version_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'item_version_files_item_version_fk',
    onDelete: 'CASCADE',
  },
)
@ForeignKey(() => ItemFileEntity, ['file_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'item_version_files_file_fk',
  onDelete: 'RESTRICT',
})
@Entity('item_version_files')
@Index('item_version_files_file_idx', ['fileId'])
@Index('item_version_files_version_idx', ['itemVersionId', 'position', 'collaborationId'], {
  unique: true,
})
export class ItemVersionFileEntity {
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  itemVersionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  /** Copied from the version, so that access rules read this row alone. */
  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  /** 0-based, in the order the version lists its files. */
  @Column({ type: 'int' })
  position!: number;
}
