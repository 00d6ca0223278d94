import { AuditConfig, ConfigError } from '@alianza/api-core';
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import { auditKeyId, AuditKeyring, loadAuditKeyring } from './audit-keys';

const KEY = 'a configured audit key of 32 characters or more';
const OLD = 'the audit key used before the rotation, 2025';

describe('audit keys', () => {
  let dir: string;
  let messages: string[];
  const log = {
    warn: (message: string) => messages.push(message),
    log: (message: string) => messages.push(message),
  };
  const config = (overrides: Partial<AuditConfig> = {}): AuditConfig => ({
    key: undefined,
    previousKeys: [],
    keyFile: join(dir, 'data', 'audit.key'),
    checkpointFile: join(dir, 'data', 'checkpoints.jsonl'),
    checkpointMs: 0,
    chainSweepMs: 0,
    ...overrides,
  });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'alianza-audit-keys-'));
    messages = [];
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('names each key by the first 8 hex digits of its SHA-256', () => {
    expect(auditKeyId(KEY)).toBe(createHash('sha256').update(KEY).digest('hex').slice(0, 8));
    const keyring = new AuditKeyring(KEY, [OLD]);
    expect(keyring.current.id).toBe(auditKeyId(KEY));
    expect(keyring.get(auditKeyId(OLD))?.id).toBe(auditKeyId(OLD));
    expect(keyring.get('00000000')).toBeUndefined();
    expect(keyring.ids).toEqual([auditKeyId(KEY), auditKeyId(OLD)]);
  });

  it('never shows key material when printed, serialised or logged', async () => {
    const keyring = await loadAuditKeyring(config({ key: KEY, previousKeys: [OLD] }), false, log);
    const shown = [
      inspect(keyring, { depth: 10 }),
      JSON.stringify(keyring),
      String(keyring),
      ...messages,
    ];
    for (const text of shown) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(OLD);
      expect(text).not.toContain(Buffer.from(KEY).toString('hex'));
      expect(text).not.toContain(Buffer.from(KEY).toString('base64'));
    }
  });

  it('derives a separate key for checkpoints', () => {
    const { current } = new AuditKeyring(KEY);
    expect(current.mac.equals(current.checkpoint)).toBe(false);
  });

  it('takes AUDIT_KEY when set, and requires it in production', async () => {
    const keyring = await loadAuditKeyring(config({ key: KEY }), true, log);
    expect(keyring.current.id).toBe(auditKeyId(KEY));
    await expect(loadAuditKeyring(config(), true, log)).rejects.toThrow(
      expect.objectContaining({ name: 'ConfigError', message: expect.stringMatching(/AUDIT_KEY/) }),
    );
  });

  it('generates a key into the data folder once (mode 0600, created exclusively) and says where', async () => {
    const file = config().keyFile;
    const first = await loadAuditKeyring(config(), false, log);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const secret = readFileSync(file, 'utf8').trim();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.current.id).toBe(auditKeyId(secret));
    expect(messages).toEqual([
      expect.stringMatching(/Generated an audit key in .*audit\.key.*Back it up/),
    ]);
    expect(messages.join('\n')).not.toContain(secret);

    messages = [];
    const again = await loadAuditKeyring(config(), false, log);
    expect(again.current.id).toBe(first.current.id);
    expect(readFileSync(file, 'utf8').trim()).toBe(secret);
    expect(messages.join('\n')).not.toMatch(/Generated/);
  });

  it('gives processes that start together the same generated key', async () => {
    const keyrings = await Promise.all(
      Array.from({ length: 6 }, () => loadAuditKeyring(config(), false, log)),
    );
    expect(new Set(keyrings.map((k) => k.current.id)).size).toBe(1);
    expect(messages.filter((m) => m.startsWith('Generated'))).toHaveLength(1);
  });

  it('warns about a key file others can read, and refuses one without a key, never printing it', async () => {
    const file = config().keyFile;
    await loadAuditKeyring(config(), false, log);
    chmodSync(file, 0o644);
    messages = [];
    await loadAuditKeyring(config(), false, log);
    expect(messages).toContainEqual(expect.stringMatching(/can be read by other users/));

    writeFileSync(file, 'too short to be a key\n');
    const failure = loadAuditKeyring(config(), false, log);
    await expect(failure).rejects.toBeInstanceOf(ConfigError);
    await expect(failure).rejects.toThrow(/AUDIT_KEY: unset, and .*audit\.key does not hold a key/);
    await expect(failure).rejects.not.toThrow(/too short/);
  }, 10_000);

  it('reports a key file that cannot be created, by the variable to set', async () => {
    writeFileSync(join(dir, 'data'), 'a file where the data folder should be');
    await expect(loadAuditKeyring(config(), false, log)).rejects.toThrow(
      /AUDIT_KEY: unset, and the audit key file .* cannot be used \(E[A-Z]+\)/,
    );
  });

  it('accepts previous keys (the same one named twice is fine)', () => {
    const keyring = new AuditKeyring(KEY, [OLD, OLD, KEY]);
    expect(keyring.ids).toHaveLength(2);
  });
});
