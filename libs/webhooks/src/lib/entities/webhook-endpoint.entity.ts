import { OrganizationEntity } from '@alianza/organization';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { WebhookEndpointStatus, WebhookEventKind, WebhookOwnerKind } from '../webhook.enums';

/**
 * An HTTPS address that receives signed deliveries of chosen event kinds (ADR 0049). A global
 * table (no `collaboration_id`, ADR 0048): a collaboration's endpoint names it in
 * `facilitated_collaboration_id`, a plain column without a foreign key (a global table points
 * at no tenant table); an organization's endpoint references `organizations` (global too).
 */
@Entity('webhook_endpoints')
export class WebhookEndpointEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'enum', enum: WebhookOwnerKind, enumName: 'webhook_owner_kind' })
  ownerKind!: WebhookOwnerKind;

  /** The collaboration whose facilitators own it (owner kind `collaboration`). */
  @Index('webhook_endpoints_collaboration_idx')
  @Column({ type: 'uuid', nullable: true })
  facilitatedCollaborationId!: string | null;

  /** The organization whose owners own it (owner kind `organization`). */
  @Index('webhook_endpoints_organization_idx')
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ type: 'varchar', length: 2000 })
  url!: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  description!: string;

  @Column({ type: 'varchar', length: 64, array: true })
  eventKinds!: WebhookEventKind[];

  /** The signing secret, sealed (AES-256-GCM under WEBHOOKS_KEY): the sender must open it. */
  @Column({ type: 'text' })
  secretSealed!: string;

  @Column({
    type: 'enum',
    enum: WebhookEndpointStatus,
    enumName: 'webhook_endpoint_status',
    default: WebhookEndpointStatus.ACTIVE,
  })
  status!: WebhookEndpointStatus;

  /** Failed attempts since the last success (WEBHOOKS_PAUSE_AFTER_FAILURES pauses it). */
  @Column({ type: 'integer', default: 0 })
  consecutiveFailures!: number;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  pausedAt!: Date | null;

  @Column({ type: 'uuid' })
  createdBy!: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
