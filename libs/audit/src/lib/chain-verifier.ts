import { AuditChainFailure, AuditMacKind } from '@alianza/shared';
import { AuditContent, GENESIS_HASH, macMatches, recordHash } from './audit-mac';
import { AuditKeyring } from './audit-keys';
import { Checkpoint } from './checkpoint';

/** A stored record as verification reads it. */
export interface ChainRecord extends AuditContent {
  id: string;
  prevHash: string;
  /** The record's link: its HMAC, or for a legacy record its unkeyed hash. */
  hash: string;
  macKind: AuditMacKind;
  keyId: string | null;
}

export interface ChainProblem {
  reason: AuditChainFailure;
  /** The first record found bad (for a gap or a truncation: the first missing one). */
  seq: number;
  /** That record, when it exists. */
  recordId: string | null;
}

export interface ChainVerifierOptions {
  /**
   * Where to resume: a record verified before (normally the latest VERIFIED checkpoint), which
   * must still carry `mac`; the records after it are checked. Null: from the first record.
   */
  resumeAfter: { seq: number; mac: string } | null;
  /** The latest checkpoint: the record at its seq must carry its mac, and the chain reach it. */
  checkpoint: Checkpoint | null;
  /** The chain's head when verification started (only to say where a truncation begins). */
  headSeq: number;
}

/**
 * Checks a chain fed in order of seq, batch by batch, and stops at the first problem. For each
 * record: it is the next seq (SEQUENCE_GAP), it points at the record before (LINK_MISMATCH), a
 * legacy record is allowed there (UNEXPECTED_LEGACY), its key is known (UNKNOWN_KEY), its MAC or
 * legacy hash matches its content (MAC_MISMATCH), and the record at the checkpoint still carries
 * the checkpointed MAC (CHECKPOINT_MISMATCH). At the end the chain must reach the checkpoint
 * (TRUNCATED).
 */
export class ChainVerifier {
  private expectedSeq: number;
  private prevHash: string;
  private anchorPending: boolean;
  private seenKeyed = false;
  private lastLegacySeq = 0;
  private problem: ChainProblem | null = null;
  /** Records whose MAC or hash this run recomputed. */
  checked = 0;

  constructor(
    private readonly keyring: AuditKeyring,
    private readonly options: ChainVerifierOptions,
  ) {
    const resume = options.resumeAfter;
    this.expectedSeq = resume ? resume.seq : 1;
    this.prevHash = resume ? resume.mac : GENESIS_HASH;
    this.anchorPending = resume !== null;
    // Resuming (always with a checkpoint, which then says where legacy records may be): without
    // one, no legacy record is accepted after a verified record.
    this.seenKeyed = resume !== null;
  }

  /** The first seq still to read (keyset: `seq >= nextSeq`). */
  get nextSeq(): number {
    return this.expectedSeq;
  }

  get failed(): ChainProblem | null {
    return this.problem;
  }

  /** The last record accepted: the head once `finish` found nothing wrong. */
  get head(): { seq: number; mac: string } {
    return { seq: this.expectedSeq - 1, mac: this.prevHash };
  }

  /** Up to which seq records may be legacy: fixed by the checkpoints once there is one. */
  get legacyThrough(): number {
    return this.options.checkpoint?.legacyThrough ?? this.lastLegacySeq;
  }

  /** Checks the next records (in seq order); returns the first problem, if any. */
  push(records: readonly ChainRecord[]): ChainProblem | null {
    if (this.problem) return this.problem;
    for (const record of records) {
      this.problem = this.check(record);
      if (this.problem) return this.problem;
    }
    return null;
  }

  /** After the last batch: the chain must reach the checkpoint. */
  finish(): ChainProblem | null {
    if (this.problem) return this.problem;
    const checkpoint = this.options.checkpoint;
    if (this.anchorPending || (checkpoint && this.expectedSeq <= checkpoint.seq)) {
      // Nothing read at all when the resumed-after record is gone: the head says where it ends.
      const lastPresent = this.anchorPending ? this.options.headSeq : this.expectedSeq - 1;
      this.problem = { reason: AuditChainFailure.TRUNCATED, seq: lastPresent + 1, recordId: null };
    }
    return this.problem;
  }

  private check(record: ChainRecord): ChainProblem | null {
    const fail = (reason: AuditChainFailure, seq = record.seq): ChainProblem => ({
      reason,
      seq,
      recordId: seq === record.seq ? record.id : null,
    });
    if (record.seq !== this.expectedSeq)
      return fail(AuditChainFailure.SEQUENCE_GAP, this.expectedSeq);
    const checkpoint = this.options.checkpoint;
    if (this.anchorPending) {
      // The record verification resumes after: verified before, it must be unchanged.
      this.anchorPending = false;
      if (record.hash !== this.prevHash) return fail(AuditChainFailure.CHECKPOINT_MISMATCH);
      if (checkpoint && record.seq === checkpoint.seq && record.hash !== checkpoint.mac)
        return fail(AuditChainFailure.CHECKPOINT_MISMATCH);
      this.expectedSeq += 1;
      return null;
    }
    if (record.prevHash !== this.prevHash) return fail(AuditChainFailure.LINK_MISMATCH);
    if (record.macKind === AuditMacKind.LEGACY_SHA256) {
      const allowed = checkpoint ? record.seq <= checkpoint.legacyThrough : !this.seenKeyed;
      if (!allowed) return fail(AuditChainFailure.UNEXPECTED_LEGACY);
      if (recordHash(this.prevHash, record) !== record.hash)
        return fail(AuditChainFailure.MAC_MISMATCH);
      this.lastLegacySeq = record.seq;
    } else {
      const key = record.keyId === null ? undefined : this.keyring.get(record.keyId);
      if (!key || record.keyId === null) return fail(AuditChainFailure.UNKNOWN_KEY);
      if (!macMatches(key.mac, record.keyId, this.prevHash, record, record.hash))
        return fail(AuditChainFailure.MAC_MISMATCH);
      this.seenKeyed = true;
    }
    if (checkpoint && record.seq === checkpoint.seq && record.hash !== checkpoint.mac)
      return fail(AuditChainFailure.CHECKPOINT_MISMATCH);
    this.checked += 1;
    this.prevHash = record.hash;
    this.expectedSeq += 1;
    return null;
  }
}
