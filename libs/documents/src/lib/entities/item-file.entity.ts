import { ItemFileKind } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  PrimaryColumn,
} from 'typeorm';

/**
 * A document a participant uploaded (docs/adr/0030). Its content is stored encrypted under its
 * collaboration's key, by `id`, in the document store (libs/storage); this row says whose it is
 * and what it is. It is attached to versions of one item (`item_version_files`); until then
 * `itemId` is null. Immutable but for `itemId`, set once, by the first version that lists it.
 */
@Entity('item_files')
@Index('item_files_owner_participation_idx', ['ownerParticipationId', 'createdAt'])
@Index('item_files_item_idx', ['itemId'])
export class ItemFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('item_files_collaboration_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  /** The item whose versions list it; null until a version does. */
  @Column({ type: 'uuid', nullable: true })
  itemId!: string | null;

  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  @Column({ type: 'uuid' })
  ownerParticipationId!: string;

  /** As uploaded, sanitised: no path, no control or bidi characters, the extension of its type. */
  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Decided from the content, never from the name or the client. */
  @Column({ type: 'varchar', length: 120 })
  mediaType!: string;

  @Column({ type: 'enum', enum: ItemFileKind, enumName: 'item_file_kind' })
  kind!: ItemFileKind;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  bytes!: number;

  /** Of the plaintext, hex. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  /** PDF page count, read back from the stored document; null for other kinds. */
  @Column({ type: 'int', nullable: true })
  pages!: number | null;

  @Column({ type: 'uuid' })
  uploadedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
