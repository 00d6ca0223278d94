import { UserEntity } from '@alianza/identity';
import { CollaborationStatus } from '@alianza/shared';
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

/** A facilitated collaboration between organizations: the unit of isolation of all its data. */
@Entity('collaborations')
export class CollaborationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', default: '' })
  objective!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Index('collaborations_status_idx')
  @Column({
    type: 'enum',
    enum: CollaborationStatus,
    enumName: 'collaboration_status',
    default: CollaborationStatus.DRAFT,
  })
  status!: CollaborationStatus;

  /** Number of the ground rules in force (0 = none published yet). */
  @Column({ type: 'int', default: 0 })
  currentGroundRulesVersion!: number;

  /** The closed collaboration this one follows up (its final balance is the opening context). */
  @Column({ type: 'uuid', nullable: true })
  previousCollaborationId!: string | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt!: Date;
}
