import { Column, Entity, Index, PrimaryGeneratedColumn, PrimaryColumn } from 'typeorm';

/**
 * The anonymised question and answer the facilitator wrote for every active participant. Holds
 * no asker, no original text and no link to the private question, by construction.
 */
@Entity('published_answers')
@Index('published_answers_collaboration_idx', ['collaborationId', 'publishedAt'])
export class PublishedAnswerEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @PrimaryColumn({ type: 'uuid' }) collaborationId!: string;
  @Column({ type: 'text' }) question!: string;
  @Column({ type: 'text' }) answer!: string;
  @Column({ type: 'uuid' }) publishedBy!: string;
  @Column({ type: 'timestamptz', precision: 3 }) publishedAt!: Date;
}
