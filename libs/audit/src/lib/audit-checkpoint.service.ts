import { Inject, Injectable, Logger } from '@nestjs/common';
import { Db } from '@alianza/db';
import { AuditKeyring } from './audit-keys';
import {
  CHECKPOINT_SINK,
  checkpointAuthentic,
  CheckpointKind,
  CheckpointSink,
  SignedCheckpoint,
  signCheckpoint,
} from './checkpoint';

/** The latest checkpoints of a chain, once their signatures are checked. */
export type TrustedCheckpoints =
  | { authentic: true; latest: SignedCheckpoint | null; verified: SignedCheckpoint | null }
  | { authentic: false; forged: SignedCheckpoint };

export interface ChainHead {
  collaborationId: string;
  seq: number;
  mac: string;
  legacyThrough: number;
}

/**
 * Signs chain heads and writes them to the checkpoint sink, outside the database: periodically
 * (every head that moved since its latest checkpoint), once right after a chain's first records
 * under the keyed scheme (so legacy records are covered at once), and after each successful
 * verification (what it verified, where the next one resumes).
 */
@Injectable()
export class AuditCheckpointService {
  private readonly logger = new Logger(AuditCheckpointService.name);
  /** Chains known to have a checkpoint: appends to them need not look at the sink. */
  private readonly covered = new Set<string>();

  constructor(
    private readonly db: Db,
    private readonly keys: AuditKeyring,
    @Inject(CHECKPOINT_SINK) private readonly sink: CheckpointSink,
  ) {}

  async latest(collaborationId: string): Promise<TrustedCheckpoints> {
    const { latest, verified } = await this.sink.latest(collaborationId);
    for (const checkpoint of [latest, verified])
      if (checkpoint && !checkpointAuthentic(this.keys, checkpoint))
        return { authentic: false, forged: checkpoint };
    if (latest) this.covered.add(collaborationId);
    return { authentic: true, latest, verified };
  }

  /** Records what a verification verified (when it is further than the last one). */
  async recordVerified(head: ChainHead): Promise<boolean> {
    const { verified } = await this.sink.latest(head.collaborationId);
    if (verified && verified.seq >= head.seq) return false;
    await this.sink.append(this.sign(CheckpointKind.VERIFIED, head));
    this.covered.add(head.collaborationId);
    return true;
  }

  /** After records were appended: a chain without any checkpoint gets its first one now. */
  async coverNewChain(collaborationId: string): Promise<void> {
    if (this.covered.has(collaborationId)) return;
    const { latest } = await this.sink.latest(collaborationId);
    if (latest) this.covered.add(collaborationId);
    else await this.checkpointHeads([collaborationId]);
  }

  /**
   * Checkpoints every chain (or the given ones) whose head moved past its latest checkpoint,
   * provided the record at that checkpoint still carries its MAC: a chain that no longer holds
   * its checkpoint is left as it is (and logged) for verification to report, never
   * re-checkpointed over. Returns how many checkpoints were written.
   */
  async checkpointHeads(collaborationIds?: readonly string[]): Promise<number> {
    const heads: ChainHead[] = await this.db.manager.query(
      `SELECT collaboration_id AS "collaborationId", seq, mac, legacy_through AS "legacyThrough"
         FROM audit_chain_heads($1::uuid[])`,
      [collaborationIds ?? null],
    );
    const checkpoints: SignedCheckpoint[] = [];
    for (const head of heads) {
      const trusted = await this.latest(head.collaborationId);
      if (!trusted.authentic) {
        this.logger.warn(
          `Audit chain ${head.collaborationId}: its latest checkpoint is not signed by a known audit key; not checkpointed`,
        );
        continue;
      }
      const latest = trusted.latest;
      if (latest && head.seq < latest.seq)
        this.logger.warn(
          `Audit chain ${head.collaborationId} ends at ${head.seq}, before its checkpoint at ${latest.seq}; not checkpointed`,
        );
      if (latest && head.seq <= latest.seq) continue;
      if (latest) {
        const [stored] = await this.db.manager.query(
          `SELECT audit_chain_mac($1::uuid, $2::integer) AS mac`,
          [head.collaborationId, latest.seq],
        );
        if (stored?.mac !== latest.mac) {
          this.logger.warn(
            `Audit chain ${head.collaborationId}: record ${latest.seq} no longer matches its checkpoint; not checkpointed`,
          );
          continue;
        }
      }
      checkpoints.push(
        this.sign(CheckpointKind.HEAD, {
          ...head,
          legacyThrough: latest ? latest.legacyThrough : head.legacyThrough,
        }),
      );
    }
    await this.sink.append(...checkpoints);
    for (const checkpoint of checkpoints) this.covered.add(checkpoint.collaborationId);
    return checkpoints.length;
  }

  private sign(kind: CheckpointKind, head: ChainHead): SignedCheckpoint {
    return signCheckpoint(this.keys, {
      kind,
      collaborationId: head.collaborationId,
      seq: head.seq,
      mac: head.mac,
      legacyThrough: head.legacyThrough,
      at: new Date().toISOString(),
    });
  }
}
