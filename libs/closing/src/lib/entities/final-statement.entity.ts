import type { FinalStatementContent } from '../final-statement-content';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The frozen "debe y haber" of a closed collaboration. The database refuses to change it. */
@Entity('final_statements')
export class FinalStatementEntity {
  @PrimaryColumn('uuid') collaborationId!: string;
  /** As written by `close`; read through `readFinalStatementContent` (older rows may lack parts). */
  @Column({ type: 'jsonb' }) content!: FinalStatementContent;
  /** SHA-256 of the canonical content. */
  @Column({ type: 'char', length: 64 }) hash!: string;
  @Column({ type: 'uuid' }) closedBy!: string;
  @Column({ type: 'timestamptz', precision: 3 }) closedAt!: Date;
  @Column({ type: 'text', nullable: true }) overrideReason!: string | null;
}
