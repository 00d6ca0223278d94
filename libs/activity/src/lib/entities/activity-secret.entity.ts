import { CollaborationEntity } from '@alianza/collaboration';
import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/**
 * The per-collaboration key of the customer hashes: random, made on first use, never exposed by
 * the API nor logged. Hashes of two collaborations cannot be compared.
 */
@Entity('activity_secrets')
export class ActivitySecretEntity {
  @PrimaryColumn('uuid') collaborationId!: string;
  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;
  @Column({ type: 'bytea' }) hmacKey!: Buffer;
  @CreateDateColumn({ type: 'timestamptz', precision: 3 }) createdAt!: Date;
}
