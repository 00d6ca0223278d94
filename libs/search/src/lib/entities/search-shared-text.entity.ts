import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * What the recipient of a grant can read of its item version, as plain text (the title, the
 * body with its redacted spans replaced by the marker, the fields not withheld): the only text of
 * a shared item a search matches. Written with the grant; read by its recipient only.
 */
@Entity('search_shared_texts')
export class SearchSharedTextEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'search_shared_texts_pkey' })
  grantId!: string;

  @Index('search_shared_texts_collaboration_id_idx')
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'search_shared_texts_pkey' })
  collaborationId!: string;

  @Index('search_shared_texts_recipient_idx')
  @Column({ type: 'uuid' })
  recipientParticipationId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  fields!: string;

  /** Its words for search (docs/adr/0038-search.md): written by a trigger, never by the API. */
  @Index('search_shared_texts_search_idx', { synchronize: false })
  @Column({ type: 'tsvector', select: false, insert: false, update: false, nullable: true })
  search?: string | null;
}
