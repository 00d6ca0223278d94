import { AudienceKind } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
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

  @Column({ type: 'uuid' })
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

/** One recipient of a publication (its participation, as it was when published). */
@Entity('publication_deliveries')
@Unique('publication_deliveries_publication_participation_key', [
  'publicationId',
  'recipientParticipationId',
])
@Index('publication_deliveries_participation_idx', ['recipientParticipationId'])
export class PublicationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid' })
  publicationId!: string;

  @ManyToOne(() => PublicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'publication_id' })
  publication?: PublicationEntity;

  @Column({ type: 'uuid' })
  recipientOrganizationId!: string;

  @Column({ type: 'uuid' })
  recipientParticipationId!: string;
}
