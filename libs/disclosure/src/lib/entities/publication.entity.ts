import { AudienceKind } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  PrimaryColumn,
} from 'typeorm';

/**
 * A text the facilitator publishes to participants (e.g. an anonymised summary, or an aggregate
 * of a restricted area), without naming its sources.
 */
@Entity('publications')
@Index('publications_collaboration_idx', ['collaborationId', 'createdAt'])
export class PublicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid', nullable: true })
  areaId!: string | null;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  /** Markdown. */
  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'enum', enum: AudienceKind, enumName: 'audience_kind' })
  audienceKind!: AudienceKind;

  @Column({ type: 'uuid' })
  publishedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
