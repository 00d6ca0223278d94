import { createHash, createHmac, KeyObject, timingSafeEqual } from 'node:crypto';

/** The link of the first record of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** What a record's MAC (or legacy hash) covers, besides the link to the record before it. */
export interface AuditContent {
  collaborationId: string;
  seq: number;
  action: string;
  actorUserId: string | null;
  subjectType: string;
  subjectId: string;
  organizationId: string | null;
  counterpartOrganizationId: string | null;
  payload: Record<string, unknown>;
  /** To the millisecond, as stored (or its ISO 8601 form, `toISOString()`'s). */
  createdAt: Date | string;
}

/** JSON with object keys sorted at every level: the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + canonicalJson(value[i]);
    return `${out}]`;
  }
  // Written out rather than with entries/filter/map: verification runs this a million times.
  const object = value as Record<string, unknown>;
  let out = '{';
  let first = true;
  for (const key of Object.keys(object).sort()) {
    const item = object[key];
    if (item === undefined) continue;
    out += `${first ? '' : ','}${JSON.stringify(key)}:${canonicalJson(item)}`;
    first = false;
  }
  return `${out}}`;
}

/**
 * The unkeyed SHA-256 of records written before keyed MACs (kept to verify them, never to
 * write). Anyone who can write the table can recompute it: see ADR 0016.
 */
export function recordHash(prevHash: string, record: AuditContent): string {
  const content = canonicalJson({
    collaborationId: record.collaborationId,
    seq: record.seq,
    action: record.action,
    actorUserId: record.actorUserId,
    subjectType: record.subjectType,
    subjectId: record.subjectId,
    organizationId: record.organizationId,
    counterpartOrganizationId: record.counterpartOrganizationId,
    payload: record.payload,
    createdAt: record.createdAt,
  });
  return createHash('sha256').update(`${prevHash}\n${content}`, 'utf8').digest('hex');
}

/** Names the layout of the MAC input, so that a later layout can never collide with this one. */
const MAC_LAYOUT = 'alianza.audit.v1';

/**
 * The record's HMAC-SHA256 under an audit key: over the layout, the key id, the link to the
 * record before it and every field, in a fixed order (a JSON array, so no field can spill into
 * the next), then the payload as canonical JSON.
 */
export function recordMacBytes(
  key: KeyObject,
  keyId: string,
  prevHash: string,
  record: AuditContent,
): Buffer {
  const fields = JSON.stringify([
    MAC_LAYOUT,
    keyId,
    prevHash,
    record.collaborationId,
    record.seq,
    record.action,
    record.actorUserId,
    record.subjectType,
    record.subjectId,
    record.organizationId,
    record.counterpartOrganizationId,
    typeof record.createdAt === 'string' ? record.createdAt : record.createdAt.toISOString(),
  ]);
  return createHmac('sha256', key)
    .update(`${fields}\n${canonicalJson(record.payload)}`, 'utf8')
    .digest();
}

export function recordMac(
  key: KeyObject,
  keyId: string,
  prevHash: string,
  record: AuditContent,
): string {
  return recordMacBytes(key, keyId, prevHash, record).toString('hex');
}

/** Whether `mac` (hex, as stored) is the record's MAC; compared in constant time. */
export function macMatches(
  key: KeyObject,
  keyId: string,
  prevHash: string,
  record: AuditContent,
  mac: string,
): boolean {
  const stored = Buffer.from(mac, 'hex');
  const expected = recordMacBytes(key, keyId, prevHash, record);
  return stored.length === expected.length && timingSafeEqual(stored, expected);
}
