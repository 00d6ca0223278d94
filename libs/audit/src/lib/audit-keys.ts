import { AuditConfig, ConfigError, KeyFileSpec, readOrCreateKeyFile } from '@alianza/api-core';
import { createHash, createSecretKey, hkdfSync, KeyObject, randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * One audit key, as the code uses it. Only `KeyObject`s hold the material: printed, logged or
 * serialised they show no byte of it.
 */
export interface AuditKey {
  /** First 8 hex digits of the key's SHA-256: stored on each record, names the key to verify with. */
  readonly id: string;
  /** Keys the records' HMACs. */
  readonly mac: KeyObject;
  /** Signs checkpoints: derived from the same secret with HKDF, so the two uses never mix. */
  readonly checkpoint: KeyObject;
}

const CHECKPOINT_KEY_INFO = 'alianza audit checkpoint signing v1';

/** The key id of a secret: short, stable, and no help in guessing a 32-character key. */
export function auditKeyId(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex').slice(0, 8);
}

function auditKey(secret: string): AuditKey {
  const material = Buffer.from(secret, 'utf8');
  return {
    id: auditKeyId(secret),
    mac: createSecretKey(material),
    checkpoint: createSecretKey(
      Buffer.from(hkdfSync('sha256', material, Buffer.alloc(0), CHECKPOINT_KEY_INFO, 32)),
    ),
  };
}

/** The current audit key (new records and checkpoints) and the previous ones (verification only). */
export class AuditKeyring {
  readonly current: AuditKey;
  private readonly byId = new Map<string, AuditKey>();

  constructor(current: string, previous: readonly string[] = []) {
    this.current = auditKey(current);
    this.byId.set(this.current.id, this.current);
    for (const secret of previous) {
      const key = auditKey(secret);
      const known = this.byId.get(key.id);
      if (known?.mac.equals(key.mac)) continue; // the same key named twice
      if (known)
        throw new ConfigError(
          `Invalid configuration:\n  AUDIT_PREVIOUS_KEYS: two different keys share the key id ${key.id}; replace one of them`,
        );
      this.byId.set(key.id, key);
    }
  }

  /** The key with this id, or undefined: a record under an unknown key does not verify. */
  get(id: string): AuditKey | undefined {
    return this.byId.get(id);
  }

  get ids(): string[] {
    return [...this.byId.keys()];
  }

  toJSON(): { current: string; known: string[] } {
    return { current: this.current.id, known: this.ids };
  }
}

export interface KeyringLog {
  warn(message: string): void;
  log(message: string): void;
}

/**
 * The keyring from the configuration: AUDIT_KEY when set; otherwise (never in production) the
 * key in `keyFile`, generated there on first use — 32 random bytes, a file of mode 0600 created
 * with O_EXCL so that two processes starting together end up with the same key.
 */
export async function loadAuditKeyring(
  config: AuditConfig,
  production: boolean,
  log: KeyringLog,
): Promise<AuditKeyring> {
  if (config.key) return new AuditKeyring(config.key, config.previousKeys);
  if (production)
    throw new ConfigError('Invalid configuration:\n  AUDIT_KEY: required in production');
  return new AuditKeyring(await keyFromFile(resolve(config.keyFile), log), [
    ...config.previousKeys,
  ]);
}

const AUDIT_KEY_FILE: KeyFileSpec = {
  variable: 'AUDIT_KEY',
  title: 'the audit key file',
  generate: () => randomBytes(32).toString('base64url'),
  complete: (text) => text.length >= 32,
  incomplete:
    'does not hold a key of at least 32 characters (set AUDIT_KEY, or move the file away to generate a new key)',
};

async function keyFromFile(path: string, log: KeyringLog): Promise<string> {
  const { secret, created, othersMayRead } = await readOrCreateKeyFile(path, AUDIT_KEY_FILE);
  if (created) {
    log.warn(
      `Generated an audit key in ${path} (mode 0600). Back it up with the database: without it the audit log cannot be verified. In production set AUDIT_KEY instead (ADR 0016).`,
    );
    return secret;
  }
  if (othersMayRead)
    log.warn(`The audit key file ${path} can be read by other users: chmod 600 it.`);
  log.log(`Audit key ${auditKeyId(secret)} from ${path}`);
  return secret;
}
