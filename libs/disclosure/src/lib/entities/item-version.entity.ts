import { ItemFieldType, ThirdPartyRule } from '@alianza/shared';
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
import { ItemEntity } from './item.entity';

/** A structured field of an item: a label and a text or number value, under a stable key. */
export interface ItemField {
  key: string;
  label: string;
  type: ItemFieldType;
  text: string | null;
  number: number | null;
}

/** One immutable version of an item. Grants point at the version that was approved. */
@ForeignKey(() => ItemEntity, ['item_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'item_versions_item_fk',
  onDelete: 'CASCADE',
})
@Entity('item_versions')
@Unique('item_versions_item_version_key', ['itemId', 'version', 'collaborationId'])
export class ItemVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid' })
  itemId!: string;

  /** Copied from the item, so that access rules read this row alone. */
  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Markdown. Redacted spans are character offsets into this text. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'jsonb' })
  fields!: ItemField[];

  @Column({ type: 'enum', enum: ThirdPartyRule, enumName: 'third_party_rule' })
  thirdPartyRule!: ThirdPartyRule;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** Its words for search (docs/adr/0038-search.md): written by a trigger, never by the API. */
  @Index('item_versions_search_idx', { synchronize: false })
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  search?: string | null;
}
