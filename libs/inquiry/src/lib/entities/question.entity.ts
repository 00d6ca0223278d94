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
  UpdateDateColumn,
  PrimaryColumn,
  ForeignKey,
} from 'typeorm';
import { PublishedAnswerEntity } from './published-answer.entity';

/** Where a private question stands: asked, answered in private, published anonymised. */
export enum QuestionStatus {
  OPEN = 'open',
  ANSWERED = 'answered',
  PUBLISHED = 'published',
}

/**
 * A question a participant asked the facilitator in private. Only the facilitator and the
 * asking organization's members ever read it (see `defineInquiryRules`).
 */
@ForeignKey(
  () => PublishedAnswerEntity,
  ['published_answer_id', 'collaboration_id'],
  ['id', 'collaboration_id'],
  {
    name: 'questions_published_answer_fk',
    onDelete: 'SET NULL',
  },
)
@Index('questions_published_answer_key', ['publishedAnswerId', 'collaborationId'], {
  unique: true,
  where: 'published_answer_id IS NOT NULL',
})
@Entity('questions')
@Index('questions_collaboration_idx', ['collaborationId', 'createdAt'])
@Index('questions_asker_organization_idx', ['askerOrganizationId', 'collaborationId'])
export class QuestionEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;

  @Column({ type: 'uuid' }) askerOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asker_organization_id' })
  askerOrganization?: OrganizationEntity;

  @Column({ type: 'uuid' }) askerUserId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'asker_user_id' })
  asker?: UserEntity;

  @Column({ type: 'varchar', length: 200, nullable: true }) subject!: string | null;
  @Column({ type: 'text' }) body!: string;
  @Column({ type: 'enum', enum: QuestionStatus, enumName: 'question_status' })
  status!: QuestionStatus;
  @Column({ type: 'text', nullable: true }) answer!: string | null;
  @Column({ type: 'uuid', nullable: true }) answeredBy!: string | null;
  @Column({ type: 'timestamptz', precision: 3, nullable: true }) answeredAt!: Date | null;
  /**
   * The anonymised publication while the question is published. The link goes only this way:
   * the published row knows nothing of the question or its asker.
   */
  @Column({ type: 'uuid', nullable: true })
  publishedAnswerId!: string | null;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}
