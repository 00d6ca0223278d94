import { constants } from 'node:fs';
import { mkdir, open, readFile, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ConfigError } from './config';

/** A secret kept in a file of the data folder when its configuration variable is unset. */
export interface KeyFileSpec {
  /** The variable that replaces the file when set (errors name it). */
  readonly variable: string;
  /** What the file is, in errors: `the audit key file`. */
  readonly title: string;
  /** A new secret, as the file holds it (one line). */
  generate(): string;
  /** Whether the file's text (trimmed) is a whole secret. */
  complete(text: string): boolean;
  /** How the error goes on when the file holds none: `does not hold a key of … (set …)`. */
  readonly incomplete: string;
}

export interface KeyFile {
  readonly secret: string;
  /** Generated now, by this process. */
  readonly created: boolean;
  /** The file's mode lets other users read it. */
  readonly othersMayRead: boolean;
}

/**
 * The secret in `path`, generated there on first use: a file of mode 0600 (its folder 0700)
 * created with O_EXCL, so that two processes starting together end up with the same secret.
 * The callers say what happened (the warning to back a new key up is theirs).
 */
export async function readOrCreateKeyFile(path: string, spec: KeyFileSpec): Promise<KeyFile> {
  try {
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const file = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, 0o600);
    const secret = spec.generate();
    try {
      await file.writeFile(`${secret}\n`, 'utf8');
      await file.sync();
    } finally {
      await file.close();
    }
    await syncDirectory(dirname(path));
    return { secret, created: true, othersMayRead: false };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw keyFileError(path, spec, error);
  }
  // Another process may have just created the file and not yet written the key: wait a little.
  for (let attempt = 0; ; attempt++) {
    let secret: string;
    try {
      secret = (await readFile(path, 'utf8')).trim();
    } catch (error) {
      throw keyFileError(path, spec, error);
    }
    if (spec.complete(secret)) {
      const { mode } = await stat(path);
      return { secret, created: false, othersMayRead: (mode & 0o077) !== 0 };
    }
    if (attempt >= 20)
      throw new ConfigError(
        `Invalid configuration:\n  ${spec.variable}: unset, and ${path} ${spec.incomplete}`,
      );
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Makes a file's creation or renaming in `path` durable (fsync of the folder). */
export async function syncDirectory(path: string): Promise<void> {
  const dir = await open(path, constants.O_RDONLY);
  try {
    await dir.sync();
  } finally {
    await dir.close();
  }
}

function keyFileError(path: string, spec: KeyFileSpec, error: unknown): ConfigError {
  const code = (error as NodeJS.ErrnoException).code ?? 'error';
  return new ConfigError(
    `Invalid configuration:\n  ${spec.variable}: unset, and ${spec.title} ${path} cannot be used (${code}); set ${spec.variable} or fix the folder's permissions`,
  );
}
