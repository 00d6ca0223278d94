import { Column, Entity, Index, PrimaryColumn, ForeignKey } from 'typeorm';
import { OverlapEntity } from './overlap.entity';

/**
 * The facilitator's own note on an overlap, in a table of its own: the parties read the overlap's
 * row, and row-level security hides rows, not columns. Only the collaboration's facilitator reads
 * or writes this row (issue 12).
 */
@ForeignKey(() => OverlapEntity, ['overlap_id', 'collaboration_id'], ['id', 'collaboration_id'], {
  name: 'overlap_notes_overlap_fk',
  onDelete: 'CASCADE',
})
@Entity('overlap_notes')
export class OverlapNoteEntity {
  @PrimaryColumn({ type: 'uuid' })
  overlapId!: string;

  @Index('overlap_notes_collaboration_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  collaborationId!: string;

  @Column({ type: 'text', default: '' })
  note!: string;
}
