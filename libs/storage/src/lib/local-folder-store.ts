import { syncDirectory } from '@alianza/api-core';
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, rename, rm, unlink } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { documentNotFound, ObjectStore } from './object-store';

/** One part of an object key: no `.`/`..`, no hidden name, nothing a path could escape with. */
const KEY_PART = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
/** Where a write goes before it is complete: a hidden folder no key can name. */
const INCOMING = '.incoming';

/**
 * Objects as files under one folder (`FILES_STORAGE=local`): a key's parts become folders
 * (mode 0700), the object a file of mode 0600. A write goes to a temporary file first, synced,
 * then renamed into place: a reader sees the whole object or none, and a failed write leaves
 * nothing.
 */
export class LocalFolderStore implements ObjectStore {
  readonly root: string;

  constructor(root: string) {
    this.root = resolve(root);
  }

  /** The file of `key`, inside the folder; throws on a key that is not a plain relative path. */
  pathOf(key: string): string {
    const parts = key.split('/');
    if (!parts.every((part) => KEY_PART.test(part)))
      throw new Error(`Not a valid object key: ${JSON.stringify(key)}`);
    const path = join(this.root, ...parts);
    const inside = relative(this.root, path);
    if (inside.startsWith('..') || isAbsolute(inside))
      throw new Error(`Not a valid object key: ${JSON.stringify(key)}`);
    return path;
  }

  async put(key: string, content: Readable): Promise<void> {
    const path = this.pathOf(key);
    const incoming = join(this.root, INCOMING);
    await mkdir(incoming, { recursive: true, mode: 0o700 });
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    const temporary = join(incoming, randomUUID());
    const file = await open(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
      0o600,
    );
    try {
      // The stream closes the file when done or destroyed, having flushed it to disk first.
      await pipeline(content, file.createWriteStream({ flush: true }));
      await rename(temporary, path);
    } catch (error) {
      content.destroy();
      await rm(temporary, { force: true });
      throw error;
    }
    await syncDirectory(dirname(path));
  }

  async get(key: string): Promise<Readable> {
    try {
      const file = await open(this.pathOf(key), constants.O_RDONLY);
      return file.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw documentNotFound();
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    try {
      await unlink(this.pathOf(key));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}
