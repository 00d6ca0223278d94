import { ConfigError, FilesConfig, KeyFileSpec, readOrCreateKeyFile } from '@alianza/api-core';
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createSecretKey,
  KeyObject,
  randomBytes,
} from 'node:crypto';
import { resolve } from 'node:path';

/** The format of a wrapped data key: `iv (12) | AES-256-GCM ciphertext (32) | tag (16)`. */
export const WRAPPED_KEY_FORMAT = 1;
const WRAP_INFO = 'alianza collaboration file key v1';

/**
 * The master key that wraps every collaboration's data key (ADR 0029). Only a `KeyObject` holds
 * the material: printed, logged or serialised it shows no byte of it.
 */
export class MasterKey {
  private readonly key: KeyObject;
  /** First 8 hex digits of the key's SHA-256: names the key in logs, no help in guessing it. */
  readonly id: string;

  constructor(material: Buffer) {
    if (material.length !== 32) throw new Error('The master key is 32 bytes');
    this.key = createSecretKey(material);
    this.id = createHash('sha256').update(material).digest('hex').slice(0, 8);
  }

  /** The data key of `collaborationId`, wrapped: bound to that collaboration (additional data). */
  wrap(collaborationId: string, dataKey: Buffer): Buffer {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(this.aad(collaborationId));
    const body = Buffer.concat([cipher.update(dataKey), cipher.final()]);
    return Buffer.concat([iv, body, cipher.getAuthTag()]);
  }

  /** The data key; throws when the wrapped key was made under another master key, or changed. */
  unwrap(collaborationId: string, wrapped: Buffer): Buffer {
    const decipher = createDecipheriv('aes-256-gcm', this.key, wrapped.subarray(0, 12));
    decipher.setAAD(this.aad(collaborationId));
    decipher.setAuthTag(wrapped.subarray(wrapped.length - 16));
    try {
      return Buffer.concat([decipher.update(wrapped.subarray(12, -16)), decipher.final()]);
    } catch {
      throw new Error(
        `The document key of collaboration ${collaborationId} does not open with the master key ${this.id}: FILES_MASTER_KEY is not the key the documents were stored under (ADR 0029)`,
      );
    }
  }

  private aad(collaborationId: string): Buffer {
    return Buffer.from(`${WRAP_INFO}\0${collaborationId.toLowerCase()}`, 'utf8');
  }

  toJSON(): { id: string } {
    return { id: this.id };
  }
}

export interface MasterKeyLog {
  warn(message: string): void;
  log(message: string): void;
}

/**
 * The master key from the configuration: FILES_MASTER_KEY when set; otherwise (never in
 * production) the key in `masterKeyFile`, generated there on first use — base64 of 32 random
 * bytes, a file of mode 0600 created with O_EXCL, so that two processes starting together end up
 * with the same key (as the audit key file, libs/audit `loadAuditKeyring`).
 */
export async function loadMasterKey(
  config: Pick<FilesConfig, 'masterKey' | 'masterKeyFile'>,
  production: boolean,
  log: MasterKeyLog,
): Promise<MasterKey> {
  if (config.masterKey) return new MasterKey(config.masterKey);
  if (production)
    throw new ConfigError('Invalid configuration:\n  FILES_MASTER_KEY: required in production');
  return new MasterKey(await keyFromFile(resolve(config.masterKeyFile), log));
}

const BASE64_32_BYTES = /^[A-Za-z0-9+/]{43}=$/;

const MASTER_KEY_FILE: KeyFileSpec = {
  variable: 'FILES_MASTER_KEY',
  title: 'the master key file',
  generate: () => randomBytes(32).toString('base64'),
  complete: (text) => BASE64_32_BYTES.test(text),
  incomplete:
    'does not hold base64 of 32 bytes (set FILES_MASTER_KEY, or restore the file from its backup)',
};

async function keyFromFile(path: string, log: MasterKeyLog): Promise<Buffer> {
  const { secret, created, othersMayRead } = await readOrCreateKeyFile(path, MASTER_KEY_FILE);
  const key = Buffer.from(secret, 'base64');
  const { id } = new MasterKey(key);
  if (created) {
    log.warn(
      `Generated the documents' master key ${id} in ${path} (mode 0600). Back it up, apart from the database backups: without it no stored document can be read. In production set FILES_MASTER_KEY instead (ADR 0029).`,
    );
    return key;
  }
  if (othersMayRead)
    log.warn(`The documents' master key file ${path} can be read by other users: chmod 600 it.`);
  log.log(`Documents' master key ${id} from ${path}`);
  return key;
}
