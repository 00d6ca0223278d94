import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
} from 'typeorm';
import { PublicationEntity } from './publication.entity';

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
