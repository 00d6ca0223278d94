import { OrganizationEntity } from '@alianza/organization';
import { ParticipationStatus } from '@alianza/shared';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
  PrimaryColumn,
} from 'typeorm';
import { CollaborationEntity } from './collaboration.entity';

/** An organization's place in a collaboration, from invitation on. */
@Entity('participations')
@Unique('participations_collaboration_organization_key', ['collaborationId', 'organizationId'])
export class ParticipationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;

  @Index('participations_organization_id_idx')
  @Column({ type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'enum', enum: ParticipationStatus, enumName: 'participation_status' })
  status!: ParticipationStatus;

  /** The ground-rules version this organization last accepted (null: none yet). */
  @Column({ type: 'int', nullable: true })
  acceptedGroundRulesVersion!: number | null;

  @Column({ type: 'text', default: '' })
  invitationMessage!: string;

  /** Why it was declined or withdrawn, when someone said. */
  @Column({ type: 'text', nullable: true })
  statusReason!: string | null;

  @Column({ type: 'uuid' })
  invitedBy!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3 })
  invitedAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  respondedAt!: Date | null;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;

  /** Active = accepted, and the accepted ground rules are the ones in force. */
  isActive(currentGroundRulesVersion: number): boolean {
    return (
      this.status === ParticipationStatus.ACCEPTED &&
      currentGroundRulesVersion > 0 &&
      this.acceptedGroundRulesVersion === currentGroundRulesVersion
    );
  }
}
