import { ContributionType, EntryDirection } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ParticipationEntity } from './participation.entity';

/** Something an organization seeks or offers in a collaboration ("qué busco", "qué ofrezco"). */
@Entity('participation_entries')
export class ParticipationEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('participation_entries_collaboration_id_idx')
  @Column({ type: 'uuid' })
  collaborationId!: string;

  @Index('participation_entries_participation_id_idx')
  @Column({ type: 'uuid' })
  participationId!: string;

  @ManyToOne(() => ParticipationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participation_id' })
  participation?: ParticipationEntity;

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
