import { ConfigError, FilesConfig } from '@alianza/api-core';
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createSecretKey,
  KeyObject,
  randomBytes,
} from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

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
  return new MasterKey(await readOrCreateKeyFile(resolve(config.masterKeyFile), log));
}

async function readOrCreateKeyFile(path: string, log: MasterKeyLog): Promise<Buffer> {
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const file = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    const key = randomBytes(32);
    try {
      await file.writeFile(`${key.toString('base64')}\n`, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await syncDirectory(dirname(path));
    const generated = new MasterKey(key);
    log.warn(
      `Generated the documents' master key ${generated.id} in ${path} (mode 0600). Back it up, apart from the database backups: without it no stored document can be read. In production set FILES_MASTER_KEY instead (ADR 0029).`,
    );
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw keyFileError(path, error);
  }
  return readKeyFile(path, log);
}

const BASE64_32_BYTES = /^[A-Za-z0-9+/]{43}=$/;

async function readKeyFile(path: string, log: MasterKeyLog): Promise<Buffer> {
  // Another process may have just created the file and not yet written the key: wait a little.
  for (let attempt = 0; ; attempt++) {
    let text: string;
    try {
      text = (await readFile(path, 'utf8')).trim();
    } catch (error) {
      throw keyFileError(path, error);
    }
    if (BASE64_32_BYTES.test(text)) {
      const key = Buffer.from(text, 'base64');
      const { mode } = await stat(path);
      if ((mode & 0o077) !== 0)
        log.warn(
          `The documents' master key file ${path} can be read by other users: chmod 600 it.`,
        );
      log.log(`Documents' master key ${new MasterKey(key).id} from ${path}`);
      return key;
    }
    if (attempt >= 20)
      throw new ConfigError(
        `Invalid configuration:\n  FILES_MASTER_KEY: unset, and ${path} does not hold base64 of 32 bytes (set FILES_MASTER_KEY, or restore the file from its backup)`,
      );
    await new Promise((done) => setTimeout(done, 50));
  }
}

async function syncDirectory(path: string): Promise<void> {
  const dir = await open(path, constants.O_RDONLY);
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

function keyFileError(path: string, error: unknown): ConfigError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new ConfigError(
    `Invalid configuration:\n  FILES_MASTER_KEY: unset, and the master key file ${path} cannot be used (${code}); set FILES_MASTER_KEY or fix the folder's permissions`,
  );
}
