import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OverlapEntity } from './overlap.entity';

/**
 * The facilitator's own note on an overlap, in a table of its own: the parties read the overlap's
 * row, and row-level security hides rows, not columns. Only the collaboration's facilitator reads
 * or writes this row (issue 12).
 */
@Entity('overlap_notes')
export class OverlapNoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  overlapId!: string;

  @ManyToOne(() => OverlapEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'overlap_id' })
  overlap?: OverlapEntity;

  @Index('overlap_notes_collaboration_id_idx')
  @Column({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'text', default: '' })
  note!: string;
}
