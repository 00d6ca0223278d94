import { UserEntity } from '@alianza/identity';
import { OrganizationEntity } from '@alianza/organization';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';
import { GroundRulesVersionEntity } from './ground-rules-version.entity';
import { ParticipationEntity } from './participation.entity';

/**
 * Who accepted which version of the ground rules for which organization, and when. An event:
 * an organization invited again after leaving accepts again, and both acceptances stay.
 */
@ForeignKey(
  () => ParticipationEntity,
  ['participation_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'ground_rules_acceptances_participation_fk',
    onDelete: 'CASCADE',
  },
)
@ForeignKey(
  () => GroundRulesVersionEntity,
  ['ground_rules_version_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'ground_rules_acceptances_ground_rules_version_fk',
    onDelete: 'RESTRICT',
  },
)
@Entity('ground_rules_acceptances')
export class GroundRulesAcceptanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ground_rules_acceptances_collaboration_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Index('ground_rules_acceptances_participation_idx')
  @Column({ type: 'uuid' })
  participationId!: string;

  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Index('ground_rules_acceptances_version_id_idx')
  @Column({ type: 'uuid' })
  groundRulesVersionId!: string;

  @Column({ type: 'int' })
  version!: number;

  @Column({ type: 'uuid' })
  acceptedBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accepted_by' })
  acceptor?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  acceptedAt!: Date;
}
