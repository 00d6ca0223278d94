import { ContributionType, EntryDirection } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';
import { ParticipationEntity } from './participation.entity';

/** Something an organization seeks or offers in a collaboration ("qué busco", "qué ofrezco"). */
@ForeignKey(
  () => ParticipationEntity,
  ['participation_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'participation_entries_participation_fk',
    onDelete: 'CASCADE',
  },
)
@Entity('participation_entries')
export class ParticipationEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('participation_entries_collaboration_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Index('participation_entries_participation_id_idx')
  @Column({ type: 'uuid' })
  participationId!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @Column({ type: 'enum', enum: EntryDirection, enumName: 'entry_direction' })
  direction!: EntryDirection;

  @Column({ type: 'enum', enum: ContributionType, enumName: 'contribution_type' })
  contributionType!: ContributionType;

  @Column({ type: 'text' })
  description!: string;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
