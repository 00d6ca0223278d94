import { AuditMacKind } from '@alianza/shared';
import {
  Check,
  Column,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  PrimaryColumn,
} from 'typeorm';

/**
 * One entry of a collaboration's append-only chain. The database refuses UPDATE, DELETE and
 * TRUNCATE on this table (see the migrations); the keyed MACs and the checkpoints kept outside
 * the database catch whoever gets past that (ADR 0016).
 */
@Entity('audit_records')
@Unique('audit_records_collaboration_seq_key', ['collaborationId', 'seq'])
@Index('audit_records_organization_idx', ['organizationId', 'collaborationId'])
@Index('audit_records_legacy_idx', ['collaborationId', 'seq'], {
  where: `"mac_kind" = 'sha256'`,
})
@Check('audit_records_key_id_check', `("mac_kind" = 'sha256') = ("key_id" IS NULL)`)
export class AuditRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  /** Position in the collaboration's chain, from 1. */
  @Column({ type: 'int' })
  seq!: number;

  /** One of `AuditAction`'s values, as the service wrote it (kept for ever: see there). */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'varchar', length: 64 })
  subjectType!: string;

  @Column({ type: 'uuid' })
  subjectId!: string;

  /** The organization whose information the record is about (participants read their own). */
  @Column({ type: 'uuid', nullable: true })
  organizationId!: string | null;

  /** The other organization concerned, e.g. the recipient of a grant (it reads these too). */
  @Index('audit_records_counterpart_idx')
  @Column({ type: 'uuid', nullable: true })
  counterpartOrganizationId!: string | null;

  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  /** The link to the record before (its `hash`; zeros for the first). */
  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  /** This record's link: its HMAC-SHA256 (hex), or for a legacy record its unkeyed SHA-256. */
  @Column({ type: 'char', length: 64 })
  hash!: string;

  /** How `hash` was made: legacy records (written before keys) are verified by the old rule. */
  @Column({ type: 'enum', enum: AuditMacKind, enumName: 'audit_mac_kind' })
  macKind!: AuditMacKind;

  /** The audit key of the HMAC (`auditKeyId`); null for legacy records. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  keyId!: string | null;

  /** Set by the application (part of the hashed content), to the millisecond. */
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  /** Its words for search (docs/adr/0038-search.md): written by a trigger, never by the API. */
  @Index('audit_records_search_idx', { synchronize: false })
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  search?: string | null;
}
