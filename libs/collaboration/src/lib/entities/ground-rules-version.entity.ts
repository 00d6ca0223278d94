import { UserEntity } from '@alianza/identity';
import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  PrimaryColumn,
} from 'typeorm';
import { CollaborationEntity } from './collaboration.entity';

/** One published version of a collaboration's ground rules. Immutable once published. */
@Entity('ground_rules_versions')
@Unique('ground_rules_versions_collaboration_version_key', ['collaborationId', 'version'])
export class GroundRulesVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;

  @Column({ type: 'int' })
  version!: number;

  /** The rules of the game between the parties (markdown). */
  @Column({ type: 'text' })
  body!: string;

  /** The rules of the game toward third parties (markdown). */
  @Column({ type: 'text' })
  thirdPartyRules!: string;

  /** What changed since the previous version, for those asked to accept again. */
  @Column({ type: 'text', default: '' })
  changeSummary!: string;

  @Column({ type: 'uuid' })
  publishedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'published_by' })
  publisher?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  publishedAt!: Date;
}
