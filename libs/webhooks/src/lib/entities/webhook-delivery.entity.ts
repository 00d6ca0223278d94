import { CollaborationEntity } from '@alianza/collaboration';
import {
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { WebhookDeliveryStatus } from '../webhook.enums';
import { WebhookEndpointEntity } from './webhook-endpoint.entity';

/**
 * One event to one endpoint: the durable outbox (ADR 0049). Written in the transaction of the
 * event, taken by the sender (`FOR UPDATE SKIP LOCKED`), retried with backoff. A tenant table:
 * keyed by `(id, collaboration_id)`, the collaboration the event happened in (ADR 0048).
 */
@Entity('webhook_deliveries')
@Index('webhook_deliveries_due_idx', ['nextAttemptAt'], {
  where: `"status" IN ('pending', 'sending')`,
})
@Index('webhook_deliveries_subject_idx', ['endpointId', 'subjectId', 'sequence'])
@Index('webhook_deliveries_succeeded_idx', ['createdAt'], { where: `"status" = 'succeeded'` })
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @ManyToOne(() => CollaborationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collaboration_id' })
  collaboration?: CollaborationEntity;

  @Column({ type: 'uuid' })
  endpointId!: string;

  @ManyToOne(() => WebhookEndpointEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'endpoint_id' })
  endpoint?: WebhookEndpointEntity;

  /** The order deliveries were written in: per endpoint and subject, they go out in it. */
  @Column({ type: 'bigint' })
  @Generated('increment')
  sequence!: string;

  /** `Alianza-Event-Id`: the same for a replay of it (receivers deduplicate on it). */
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'varchar', length: 64 })
  eventKind!: string;

  /** What the event is about (e.g. the disclosure request): deliveries about it keep their order. */
  @Column({ type: 'uuid' })
  subjectId!: string;

  /** The JSON body sent, as text (signed byte for byte): ids, kinds and links only. */
  @Column({ type: 'text' })
  payload!: string;

  @Column({
    type: 'enum',
    enum: WebhookDeliveryStatus,
    enumName: 'webhook_delivery_status',
    default: WebhookDeliveryStatus.PENDING,
  })
  status!: WebhookDeliveryStatus;

  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastAttemptAt!: Date | null;

  /** The HTTP status of the last answer (null: none came, see `lastError`). */
  @Column({ type: 'integer', nullable: true })
  lastStatusCode!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError!: string | null;

  /** The delivery this one replays, if it is a replay. */
  @Column({ type: 'uuid', nullable: true })
  replayOf!: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt!: Date | null;
}
