import {
  Column,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';
import { PublicationEntity } from './publication.entity';

/** One recipient of a publication (its participation, as it was when published). */
@ForeignKey(
  () => PublicationEntity,
  ['publication_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'publication_deliveries_publication_fk',
    onDelete: 'CASCADE',
  },
)
@Entity('publication_deliveries')
@Unique('publication_deliveries_publication_participation_key', [
  'publicationId',
  'recipientParticipationId',
  'collaborationId',
])
@Index('publication_deliveries_participation_idx', ['recipientParticipationId'])
export class PublicationDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'uuid' })
  publicationId!: string;

  @Column({ type: 'uuid' })
  recipientOrganizationId!: string;

  @Column({ type: 'uuid' })
  recipientParticipationId!: string;
}
