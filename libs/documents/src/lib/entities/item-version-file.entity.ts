import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ItemFileEntity } from './item-file.entity';

/**
 * A file listed by an item version, at its position (docs/adr/0030). Written with the version
 * and never changed: a version keeps its files, as it keeps its text, for the grants on it.
 */
@Entity('item_version_files')
@Index('item_version_files_file_idx', ['fileId'])
@Index('item_version_files_version_idx', ['itemVersionId', 'position'], { unique: true })
export class ItemVersionFileEntity {
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @PrimaryColumn({ type: 'uuid' })
  itemVersionId!: string;

  @PrimaryColumn({ type: 'uuid' })
  fileId!: string;

  // By name: disclosure owns item versions and calls into this lib, not the other way round.
  @ManyToOne('ItemVersionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_version_id' })
  itemVersion?: { id: string };

  @ManyToOne(() => ItemFileEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'file_id' })
  file?: ItemFileEntity;

  /** Copied from the version, so that access rules read this row alone. */
  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  /** 0-based, in the order the version lists its files. */
  @Column({ type: 'int' })
  position!: number;
}
