import { createHmac, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from './audit-mac';
import { AuditKeyring } from './audit-keys';

export enum CheckpointKind {
  /** A chain head seen by the periodic checkpointer (or after a chain's first records). */
  HEAD = 'head',
  /** The head as the last successful verification verified it: where the next one resumes. */
  VERIFIED = 'verified',
}

/** A chain head as it was at `at`, kept outside the database. */
export interface Checkpoint {
  kind: CheckpointKind;
  collaborationId: string;
  seq: number;
  mac: string;
  /** Records up to this seq may be legacy (unkeyed); none after it. */
  legacyThrough: number;
  /** ISO 8601. */
  at: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** The audit key whose derived checkpoint key signed it. */
  keyId: string;
  /** HMAC-SHA256, hex, over the canonical JSON of everything else. */
  sig: string;
}

/** The latest entries of one chain in a sink. */
export interface LatestCheckpoints {
  /** The latest checkpoint of any kind: the chain must still hold it. */
  latest: SignedCheckpoint | null;
  /** The latest VERIFIED one: incremental verification resumes there. */
  verified: SignedCheckpoint | null;
}

/**
 * Where checkpoints go: somewhere a holder of the database alone cannot rewrite (an append-only
 * file by default; a WORM bucket, a syslog host or another service would do). Appends must be
 * durable when the promise resolves.
 */
export interface CheckpointSink {
  append(...checkpoints: SignedCheckpoint[]): Promise<void>;
  latest(collaborationId: string): Promise<LatestCheckpoints>;
}

/** Injection token of the sink in use. */
export const CHECKPOINT_SINK = Symbol('CHECKPOINT_SINK');

const VERSION = 1;

function signature(keyring: AuditKeyring, keyId: string, checkpoint: Checkpoint): Buffer | null {
  const key = keyring.get(keyId);
  if (!key) return null;
  const body = canonicalJson({
    v: VERSION,
    kind: checkpoint.kind,
    collaborationId: checkpoint.collaborationId,
    seq: checkpoint.seq,
    mac: checkpoint.mac,
    legacyThrough: checkpoint.legacyThrough,
    at: checkpoint.at,
    keyId,
  });
  return createHmac('sha256', key.checkpoint).update(body, 'utf8').digest();
}

export function signCheckpoint(keyring: AuditKeyring, checkpoint: Checkpoint): SignedCheckpoint {
  const keyId = keyring.current.id;
  const sig = signature(keyring, keyId, checkpoint);
  if (!sig) throw new Error('The current audit key is missing from its keyring');
  return { ...checkpoint, keyId, sig: sig.toString('hex') };
}

/** Whether a known audit key signed this checkpoint as it is. */
export function checkpointAuthentic(keyring: AuditKeyring, checkpoint: SignedCheckpoint): boolean {
  const expected = signature(keyring, checkpoint.keyId, checkpoint);
  const stored = Buffer.from(checkpoint.sig, 'hex');
  return (
    expected !== null && stored.length === expected.length && timingSafeEqual(stored, expected)
  );
}

const HEX64 = /^[0-9a-f]{64}$/;

/** The checkpoint in a parsed JSON value, or null when it is not one (a torn or foreign line). */
export function parseCheckpoint(value: unknown): SignedCheckpoint | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const ok =
    v['v'] === VERSION &&
    (v['kind'] === CheckpointKind.HEAD || v['kind'] === CheckpointKind.VERIFIED) &&
    typeof v['collaborationId'] === 'string' &&
    Number.isSafeInteger(v['seq']) &&
    typeof v['mac'] === 'string' &&
    HEX64.test(v['mac']) &&
    Number.isSafeInteger(v['legacyThrough']) &&
    typeof v['at'] === 'string' &&
    typeof v['keyId'] === 'string' &&
    typeof v['sig'] === 'string';
  if (!ok) return null;
  return {
    kind: v['kind'] as CheckpointKind,
    collaborationId: v['collaborationId'] as string,
    seq: v['seq'] as number,
    mac: v['mac'] as string,
    legacyThrough: v['legacyThrough'] as number,
    at: v['at'] as string,
    keyId: v['keyId'] as string,
    sig: v['sig'] as string,
  };
}

/** One line of a JSON-lines sink (with its format version). */
export function checkpointLine(checkpoint: SignedCheckpoint): string {
  return `${JSON.stringify({ v: VERSION, ...checkpoint })}\n`;
}
