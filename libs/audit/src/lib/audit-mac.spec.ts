import { createSecretKey } from 'node:crypto';
import {
  AuditContent,
  canonicalJson,
  GENESIS_HASH,
  macMatches,
  recordHash,
  recordMac,
} from './audit-mac';

const KEY = createSecretKey(Buffer.from('a test audit key of at least 32 characters', 'utf8'));
const OTHER_KEY = createSecretKey(Buffer.from('another audit key, also 32 characters +', 'utf8'));

const CREATED_AT = new Date('2026-11-30T10:20:30.456Z');
const record: AuditContent = {
  collaborationId: '7d0f4a52-2b5d-4c5e-9a57-2d1e4f0c9b11',
  seq: 3,
  action: 'grant.read',
  actorUserId: '1b9a5c3e-8f5e-4f7a-b1de-6a0c2d3e4f50',
  subjectType: 'Grant',
  subjectId: '0e2c4b6a-8d1f-4a3b-9c5d-7e6f8a9b0c1d',
  organizationId: null,
  counterpartOrganizationId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d',
  payload: { reference: 'G-12', nested: { b: 2, a: [1, { d: 4, c: 3 }] } },
  createdAt: CREATED_AT,
};

describe('audit record MACs', () => {
  it('keeps the legacy hash of existing records exactly as it was computed before keys', () => {
    // Pinned: records written before ADR 0016 must keep verifying by this rule.
    expect(recordHash(GENESIS_HASH, record)).toBe(
      '492f986822387c53d3585c67692defe9eaf1c2fc18b5ea5be469feca7d2a201c',
    );
  });

  it('binds every field, the link and the key id, not the order of the payload keys', () => {
    const mac = recordMac(KEY, 'k1', GENESIS_HASH, record);
    expect(mac).toMatch(/^[0-9a-f]{64}$/);
    const reordered = {
      ...record,
      payload: { nested: { a: [1, { c: 3, d: 4 }], b: 2 }, reference: 'G-12' },
    };
    expect(recordMac(KEY, 'k1', GENESIS_HASH, reordered)).toBe(mac);
    const changes: AuditContent[] = [
      { ...record, seq: 4 },
      { ...record, action: 'grant.revoked' },
      { ...record, actorUserId: null },
      { ...record, organizationId: record.counterpartOrganizationId },
      { ...record, counterpartOrganizationId: null },
      { ...record, payload: { ...record.payload, reference: 'G-13' } },
      { ...record, createdAt: new Date(CREATED_AT.getTime() + 1) },
    ];
    for (const changed of changes)
      expect(recordMac(KEY, 'k1', GENESIS_HASH, changed)).not.toBe(mac);
    expect(recordMac(KEY, 'k2', GENESIS_HASH, record)).not.toBe(mac);
    expect(recordMac(KEY, 'k1', 'f'.repeat(64), record)).not.toBe(mac);
    expect(recordMac(OTHER_KEY, 'k1', GENESIS_HASH, record)).not.toBe(mac);
  });

  it('cannot be confused by a field spilling into the next one', () => {
    // Joined naively with '","' these two would read the same.
    const a = { ...record, action: 'grant","read', subjectType: 'Grant' };
    const b = { ...record, action: 'grant', subjectType: 'read","Grant' };
    expect(recordMac(KEY, 'k1', GENESIS_HASH, a)).not.toBe(recordMac(KEY, 'k1', GENESIS_HASH, b));
  });

  it('checks a stored MAC, and refuses malformed ones', () => {
    const mac = recordMac(KEY, 'k1', GENESIS_HASH, record);
    expect(macMatches(KEY, 'k1', GENESIS_HASH, record, mac)).toBe(true);
    expect(macMatches(KEY, 'k1', GENESIS_HASH, record, recordHash(GENESIS_HASH, record))).toBe(
      false,
    );
    expect(macMatches(KEY, 'k1', GENESIS_HASH, record, mac.slice(0, 62))).toBe(false);
    expect(macMatches(KEY, 'k1', GENESIS_HASH, record, 'zz'.repeat(32))).toBe(false);
    expect(macMatches(OTHER_KEY, 'k1', GENESIS_HASH, record, mac)).toBe(false);
  });

  it('writes canonical JSON: sorted keys, dates as ISO strings, undefined left out', () => {
    expect(canonicalJson({ b: 1, a: [new Date(0), undefined, null], c: undefined })).toBe(
      '{"a":["1970-01-01T00:00:00.000Z",null,null],"b":1}',
    );
  });
});
