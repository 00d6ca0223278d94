import { syncDirectory } from '@alianza/api-core';
import { Logger } from '@nestjs/common';
import { constants } from 'node:fs';
import { FileHandle, mkdir, open, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import {
  CheckpointKind,
  checkpointLine,
  CheckpointSink,
  LatestCheckpoints,
  parseCheckpoint,
  SignedCheckpoint,
} from './checkpoint';

const NEWLINE = 0x0a;

/**
 * Checkpoints as JSON lines in one file, only ever appended to: opened with O_APPEND (each write
 * lands at the end, even with several writers), fsync'd before `append` resolves, mode 0600.
 * A torn last line (a crash mid-write) is skipped, and ended by the next append so that it
 * cannot glue onto a good line. The latest entries of each chain are indexed in memory; the
 * index follows the file's growth, so several processes may share one file.
 */
export class FileCheckpointSink implements CheckpointSink {
  private readonly index = new Map<string, LatestCheckpoints>();
  /** How far the file has been indexed: always just after a newline. */
  private offset = 0;
  /** One file operation at a time in this process. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly path: string,
    private readonly logger: Pick<Logger, 'warn' | 'error'> = new Logger(FileCheckpointSink.name),
  ) {}

  append(...checkpoints: SignedCheckpoint[]): Promise<void> {
    if (checkpoints.length === 0) return Promise.resolve();
    return this.serially(async () => {
      await mkdir(dirname(this.path), { recursive: true, mode: 0o700 });
      let created = false;
      let file: FileHandle;
      try {
        file = await open(
          this.path,
          constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL,
          0o600,
        );
        created = true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        file = await open(this.path, constants.O_RDWR | constants.O_APPEND, 0o600);
      }
      try {
        const torn = !created && !(await endsWithNewline(file));
        const text = (torn ? '\n' : '') + checkpoints.map(checkpointLine).join('');
        await file.write(text, null, 'utf8');
        await file.sync();
      } finally {
        await file.close();
      }
      if (created) await syncDirectory(dirname(this.path));
      await this.refresh();
    });
  }

  latest(collaborationId: string): Promise<LatestCheckpoints> {
    return this.serially(async () => {
      await this.refresh();
      return this.index.get(collaborationId) ?? { latest: null, verified: null };
    });
  }

  private serially<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work, work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Indexes the complete lines added since the last call. */
  private async refresh(): Promise<void> {
    let size: number;
    try {
      size = (await stat(this.path)).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw error;
    }
    if (size === this.offset) return;
    if (size < this.offset) {
      // Shorter than what was read: the file was truncated or replaced, which an append-only
      // file never is. Say so, and index it again from the start.
      this.logger.error(
        `The checkpoint file ${this.path} shrank (${this.offset} → ${size} bytes): it was altered`,
      );
      this.index.clear();
      this.offset = 0;
    }
    const file = await open(this.path, constants.O_RDONLY);
    try {
      const data = Buffer.alloc(size - this.offset);
      const { bytesRead } = await file.read(data, 0, data.length, this.offset);
      // Up to the last newline: a line without one is being written, or was torn by a crash.
      const end = data.subarray(0, bytesRead).lastIndexOf(NEWLINE);
      if (end < 0) return;
      const skipped = this.indexLines(data.subarray(0, end).toString('utf8'));
      this.offset += end + 1;
      if (skipped > 0)
        this.logger.warn(
          `Skipped ${skipped} unreadable line(s) in the checkpoint file ${this.path}`,
        );
    } finally {
      await file.close();
    }
  }

  /** Indexes the lines; returns how many were not checkpoints. */
  private indexLines(text: string): number {
    let skipped = 0;
    for (const line of text.split('\n')) {
      if (line.length === 0) continue;
      let checkpoint: SignedCheckpoint | null = null;
      try {
        checkpoint = parseCheckpoint(JSON.parse(line));
      } catch {
        checkpoint = null;
      }
      if (!checkpoint) {
        skipped += 1;
        continue;
      }
      const entry = this.index.get(checkpoint.collaborationId) ?? { latest: null, verified: null };
      entry.latest = checkpoint;
      if (checkpoint.kind === CheckpointKind.VERIFIED) entry.verified = checkpoint;
      this.index.set(checkpoint.collaborationId, entry);
    }
    return skipped;
  }
}

async function endsWithNewline(file: FileHandle): Promise<boolean> {
  const { size } = await file.stat();
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  await file.read(last, 0, 1, size - 1);
  return last[0] === NEWLINE;
}
