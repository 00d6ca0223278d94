import { Column, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * One entry of a collaboration's append-only, hash-chained log. The database refuses UPDATE,
 * DELETE and TRUNCATE on this table (see the migration).
 */
@Entity('audit_records')
@Unique('audit_records_collaboration_seq_key', ['collaborationId', 'seq'])
@Index('audit_records_organization_idx', ['organizationId', 'collaborationId'])
export class AuditRecordEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  collaborationId!: string;

  /** Position in the collaboration's chain, from 1. */
  @Column({ type: 'int' })
  seq!: number;

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

  @Column({ type: 'char', length: 64 })
  prevHash!: string;

  @Column({ type: 'char', length: 64 })
  hash!: string;

  /** Set by the application (part of the hashed content), to the millisecond. */
  @Column({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;
}
