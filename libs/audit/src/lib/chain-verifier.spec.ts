import { AuditChainFailure, AuditMacKind } from '@alianza/shared';
import { randomUUID } from 'node:crypto';
import { GENESIS_HASH, recordHash, recordMac } from './audit-mac';
import { AuditKeyring } from './audit-keys';
import { ChainRecord, ChainVerifier, ChainVerifierOptions } from './chain-verifier';
import { Checkpoint, CheckpointKind } from './checkpoint';

const CURRENT = 'the current audit key for these tests, 2026';
const OLD = 'the audit key these tests used before, 2025';
const keyring = new AuditKeyring(CURRENT, [OLD]);
const COLLABORATION = randomUUID();

/** A valid chain: `legacy` unkeyed records first, then keyed ones (under `keyOf(seq)`). */
function chain(length: number, legacy = 0, keyOf: (seq: number) => string = () => CURRENT) {
  const records: ChainRecord[] = [];
  let prevHash = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const content = {
      collaborationId: COLLABORATION,
      seq,
      action: 'item.read',
      actorUserId: randomUUID(),
      subjectType: 'Item',
      subjectId: randomUUID(),
      organizationId: null,
      counterpartOrganizationId: null,
      payload: { n: seq },
      createdAt: new Date(1_790_000_000_000 + seq),
    };
    const secret = keyOf(seq);
    const key = new AuditKeyring(secret).current;
    const hash =
      seq <= legacy ? recordHash(prevHash, content) : recordMac(key.mac, key.id, prevHash, content);
    records.push({
      ...content,
      id: randomUUID(),
      prevHash,
      hash,
      macKind: seq <= legacy ? AuditMacKind.LEGACY_SHA256 : AuditMacKind.HMAC_SHA256,
      keyId: seq <= legacy ? null : key.id,
    });
    prevHash = hash;
  }
  return records;
}

function checkpointAt(records: ChainRecord[], seq: number, legacyThrough = 0): Checkpoint {
  return {
    kind: CheckpointKind.HEAD,
    collaborationId: COLLABORATION,
    seq,
    mac: records[seq - 1]!.hash,
    legacyThrough,
    at: new Date().toISOString(),
  };
}

/** Verifies `records` in batches of 3, as the service reads them (from `nextSeq` on). */
function verify(records: ChainRecord[], options: Partial<ChainVerifierOptions> = {}) {
  const verifier = new ChainVerifier(keyring, {
    resumeAfter: null,
    checkpoint: null,
    headSeq: records.length === 0 ? 0 : Math.max(...records.map((r) => r.seq)),
    ...options,
  });
  const rows = records.filter((r) => r.seq >= verifier.nextSeq).sort((a, b) => a.seq - b.seq);
  for (let i = 0; i < rows.length && !verifier.failed; i += 3) verifier.push(rows.slice(i, i + 3));
  return { problem: verifier.finish(), verifier };
}

describe('ChainVerifier', () => {
  it('accepts a keyed chain, records under a previous key, and legacy records before the keyed ones', () => {
    const records = chain(10, 4, (seq) => (seq < 7 ? OLD : CURRENT));
    const { problem, verifier } = verify(records);
    expect(problem).toBeNull();
    expect(verifier.checked).toBe(10);
    expect(verifier.head).toEqual({ seq: 10, mac: records[9]!.hash });
    expect(verifier.legacyThrough).toBe(4);
  });

  it('reports a rewritten record whose hash was recomputed the old, unkeyed way', () => {
    const records = chain(8);
    const tampered = { ...records[4]!, payload: { n: 'rewritten' } };
    tampered.hash = recordHash(tampered.prevHash, tampered);
    records[4] = tampered;
    expect(verify(records).problem).toEqual({
      reason: AuditChainFailure.MAC_MISMATCH,
      seq: 5,
      recordId: tampered.id,
    });
  });

  it('reports a record carrying another record’s MAC', () => {
    const records = chain(8);
    records[2] = { ...records[2]!, hash: records[5]!.hash };
    expect(verify(records).problem).toMatchObject({
      reason: AuditChainFailure.MAC_MISMATCH,
      seq: 3,
    });
  });

  it('reports a deleted record as a gap at its seq, and a reordered pair as a broken link', () => {
    const records = chain(8);
    expect(verify(records.filter((r) => r.seq !== 4)).problem).toEqual({
      reason: AuditChainFailure.SEQUENCE_GAP,
      seq: 4,
      recordId: null,
    });
    const swapped = records.map((r) =>
      r.seq === 4 ? { ...r, seq: 5 } : r.seq === 5 ? { ...r, seq: 4 } : r,
    );
    expect(verify(swapped).problem).toMatchObject({
      reason: AuditChainFailure.LINK_MISMATCH,
      seq: 4,
    });
  });

  it('refuses a record under an unknown key, even one whose MAC is right under that key', () => {
    const records = chain(6, 0, (seq) =>
      seq === 3 ? 'a key this keyring has never heard of!!' : CURRENT,
    );
    expect(verify(records).problem).toMatchObject({
      reason: AuditChainFailure.UNKNOWN_KEY,
      seq: 3,
    });
  });

  it('refuses legacy records after keyed ones, or beyond what the checkpoint allows', () => {
    // A downgrade: records 4.. rewritten as legacy, the whole chain recomputed the old way.
    const downgraded = chain(8, 8);
    const keyed = chain(3);
    const mixed = [...keyed, ...downgraded.slice(3)];
    // Relink record 4 onto the keyed record 3, recomputing the legacy hashes from there.
    let prev = keyed[2]!.hash;
    for (const record of mixed.slice(3)) {
      record.prevHash = prev;
      record.hash = recordHash(prev, record);
      prev = record.hash;
    }
    expect(verify(mixed).problem).toMatchObject({
      reason: AuditChainFailure.UNEXPECTED_LEGACY,
      seq: 4,
    });
    // An all-legacy chain is fine on its own, but not after a checkpoint that saw none.
    const legacy = chain(8, 8);
    expect(verify(legacy).problem).toBeNull();
    expect(verify(legacy, { checkpoint: checkpointAt(legacy, 8, 5) }).problem).toMatchObject({
      reason: AuditChainFailure.UNEXPECTED_LEGACY,
      seq: 6,
    });
  });

  it('holds the chain to its latest checkpoint: same MAC at its seq, and not shorter', () => {
    const records = chain(10);
    const checkpoint = checkpointAt(records, 8);
    expect(verify(records, { checkpoint }).problem).toBeNull();
    // The tail removed, from 7 on.
    expect(verify(records.slice(0, 6), { checkpoint }).problem).toEqual({
      reason: AuditChainFailure.TRUNCATED,
      seq: 7,
      recordId: null,
    });
    // Then the tail written again (validly MAC'd by the application, but not the same records).
    const rewritten = [...records.slice(0, 6), ...chain(10).slice(6)];
    let prev = records[5]!.hash;
    const key = keyring.current;
    for (const record of rewritten.slice(6)) {
      record.prevHash = prev;
      record.hash = recordMac(key.mac, key.id, prev, record);
      prev = record.hash;
    }
    expect(verify(rewritten, { checkpoint }).problem).toMatchObject({
      reason: AuditChainFailure.CHECKPOINT_MISMATCH,
      seq: 8,
    });
  });

  it('resumes after a verified record: reads only what follows, checks that record is unchanged', () => {
    const records = chain(12);
    const checkpoint = { ...checkpointAt(records, 9), kind: CheckpointKind.VERIFIED };
    const resumeAfter = { seq: 9, mac: records[8]!.hash };
    const { problem, verifier } = verify(records, { checkpoint, resumeAfter });
    expect(problem).toBeNull();
    expect(verifier.checked).toBe(3);
    expect(verifier.head.seq).toBe(12);
    // A record before the resumed point is not read again (a full verification finds it).
    const early = records.map((r) => (r.seq === 2 ? { ...r, payload: { n: 'changed' } } : r));
    expect(verify(early, { checkpoint, resumeAfter }).problem).toBeNull();
    expect(verify(early, { checkpoint }).problem).toMatchObject({ seq: 2 });
    // The resumed-after record replaced, or gone with the tail.
    const replaced = records.map((r) => (r.seq === 9 ? { ...r, hash: records[10]!.hash } : r));
    expect(verify(replaced, { checkpoint, resumeAfter }).problem).toMatchObject({
      reason: AuditChainFailure.CHECKPOINT_MISMATCH,
      seq: 9,
    });
    const truncated = records.slice(0, 5);
    expect(verify(truncated, { checkpoint, resumeAfter, headSeq: 5 }).problem).toEqual({
      reason: AuditChainFailure.TRUNCATED,
      seq: 6,
      recordId: null,
    });
    // A new record after it, tampered.
    const tampered = records.map((r) => (r.seq === 11 ? { ...r, action: 'nothing.happened' } : r));
    expect(verify(tampered, { checkpoint, resumeAfter }).problem).toMatchObject({
      reason: AuditChainFailure.MAC_MISMATCH,
      seq: 11,
    });
  });

  it('accepts an empty chain', () => {
    expect(verify([]).problem).toBeNull();
  });
});
