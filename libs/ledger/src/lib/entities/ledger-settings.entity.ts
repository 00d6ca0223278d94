import { ValuationScale } from '@alianza/shared';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** How a collaboration values contributions; set by the facilitator. */
@Entity('ledger_settings')
export class LedgerSettingsEntity {
  @PrimaryColumn('uuid') collaborationId!: string;
  @Column({ type: 'enum', enum: ValuationScale, enumName: 'valuation_scale' })
  valuationScale!: ValuationScale;
  /** ISO 4217, for the money scale. */
  @Column({ type: 'char', length: 3, nullable: true }) currency!: string | null;
  /** Value of an approved disclosure per area (exact decimals as strings), by area id. */
  @Column({ type: 'jsonb' }) areaValues!: Record<string, string>;
  /**
   * "Give first, then receive": an organization whose received value exceeds its given value by
   * more than this gets no disclosure auto-approved, and the facilitator is warned. Null: no policy.
   */
  @Column({ type: 'numeric', precision: 18, scale: 2, nullable: true }) reciprocityThreshold!:
    string | null;
  @UpdateDateColumn({ type: 'timestamptz', precision: 3 }) updatedAt!: Date;
}
