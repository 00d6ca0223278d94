import { FileAccessKind } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  PrimaryColumn,
} from 'typeorm';

/**
 * A recipient opened a shared file (docs/adr/0032): written before each stamped copy is sent,
 * never changed. The owner organization is copied from the grant so that the row policy reads
 * the row alone.
 */
@Entity('file_accesses')
@Index('file_accesses_file_idx', ['fileId', 'createdAt', 'id'])
@Index('file_accesses_grant_idx', ['grantId'])
export class FileAccessEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('file_accesses_collaboration_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid' })
  fileId!: string;

  @Column({ type: 'uuid' })
  grantId!: string;

  @Column({ type: 'uuid' })
  ownerOrganizationId!: string;

  @Column({ type: 'uuid' })
  recipientOrganizationId!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @Column({ type: 'enum', enum: FileAccessKind, enumName: 'file_access_kind' })
  kind!: FileAccessKind;

  /** The pages the copy held; null: the whole file. */
  @Column({ type: 'int', array: true, nullable: true })
  pages!: number[] | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
