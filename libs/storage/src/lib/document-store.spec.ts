import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { AppError, ErrorCode } from '@alianza/shared';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { DataKey, dataKey } from './data-key';
import { DocumentIntegrityError, SEGMENT_SIZE } from './document-cipher';
import { DocumentStore } from './document-store';
import { LocalFolderStore } from './local-folder-store';
import { documentObjectKey, ObjectStore } from './object-store';
import { S3ObjectStore } from './s3-object-store';
import { startS3rver, TestS3 } from './testing/s3rver';

async function bytesOf(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** A document arriving in pieces, as an upload does. */
function upload(bytes: Buffer, piece = 64 * 1024): Readable {
  return Readable.from(
    (function* () {
      for (let at = 0; at < bytes.length; at += piece) yield bytes.subarray(at, at + piece);
    })(),
  );
}

/** A stream of `size` bytes that then errors, as a client that hangs up midway. */
function brokenUpload(size: number): Readable {
  let sent = false;
  return new Readable({
    read() {
      if (sent) return this.destroy(new Error('client went away'));
      sent = true;
      this.push(randomBytes(size));
    },
  });
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const newKey = (): DataKey => dataKey(randomUUID(), randomBytes(32));
const MB = 1024 * 1024;

interface Backend {
  objects: ObjectStore;
  /** Every object key stored, with any temporary or unfinished write. */
  listed(): Promise<string[]>;
  close(): Promise<void>;
}

async function localBackend(): Promise<Backend> {
  const dir = await mkdtemp(join(tmpdir(), 'alianza-documents-'));
  const walk = async (path: string, prefix = ''): Promise<string[]> =>
    (
      await Promise.all(
        (await readdir(path, { withFileTypes: true })).map((entry) =>
          entry.isDirectory()
            ? walk(join(path, entry.name), `${prefix}${entry.name}/`)
            : [`${prefix}${entry.name}`],
        ),
      )
    ).flat();
  return {
    objects: new LocalFolderStore(dir),
    listed: () => walk(dir),
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

async function s3Backend(): Promise<Backend> {
  const s3: TestS3 = await startS3rver();
  const objects = new S3ObjectStore(s3.config);
  return {
    objects,
    listed: async () =>
      (
        (await objects.client.send(new ListObjectsV2Command({ Bucket: s3.config.bucket })))
          .Contents ?? []
      ).map((object) => object.Key!),
    close: async () => {
      objects.onModuleDestroy();
      await s3.stop();
    },
  };
}

describe.each([
  ['a local folder', localBackend],
  ['an S3-compatible store (s3rver)', s3Backend],
])('DocumentStore on %s', (_name, makeBackend) => {
  let backend: Backend;
  let documents: DocumentStore;

  beforeAll(async () => {
    backend = await makeBackend();
    documents = new DocumentStore(backend.objects);
  });
  afterAll(() => backend?.close());

  it.each([
    ['an empty document', 0],
    ['a one-byte document', 1],
    ['one segment exactly', SEGMENT_SIZE],
    ['a document of several segments', 5 * SEGMENT_SIZE + 3],
  ])('stores %s encrypted and reads it back', async (_what, size) => {
    const key = newKey();
    const fileId = randomUUID();
    const content = randomBytes(size);
    const stored = await documents.write(key, fileId, upload(content), { limitBytes: 50 * MB });
    expect(stored).toEqual({ bytes: size, sha256: sha256(content) });
    const raw = await bytesOf(
      await backend.objects.get(documentObjectKey(key.collaborationId, fileId)),
    );
    // The plaintext is not in the object. Only a run of 16 bytes or more says so: one random
    // byte turns up by chance in a ciphertext of any length (about 1 time in 5 here).
    if (size >= 16) expect(raw.includes(content.subarray(0, Math.min(size, 64)))).toBe(false);
    expect(raw.length).toBeGreaterThan(size);
    expect(await bytesOf(await documents.read(key, fileId))).toEqual(content);
  });

  it('streams a document larger than one multipart part (12 MB)', async () => {
    const key = newKey();
    const content = randomBytes(12 * MB);
    const stored = await documents.write(key, 'report.pdf', upload(content), {
      limitBytes: 50 * MB,
    });
    expect(stored.sha256).toBe(sha256(content));
    expect((await bytesOf(await documents.read(key, 'report.pdf'))).equals(content)).toBe(true);
  }, 60_000);

  it('refuses a document past the limit and keeps nothing of it', async () => {
    const key = newKey();
    const before = await backend.listed();
    for (const [size, limit] of [
      [1001, 1000],
      [7 * MB, 6 * MB], // past the first multipart part
    ]) {
      const refusal = documents.write(key, randomUUID(), upload(randomBytes(size!)), {
        limitBytes: limit!,
      });
      await expect(refusal).rejects.toBeInstanceOf(AppError);
      await expect(refusal).rejects.toMatchObject({ code: ErrorCode.PAYLOAD_TOO_LARGE });
    }
    expect(await backend.listed()).toEqual(before);
  }, 60_000);

  it('keeps nothing of an upload that breaks off', async () => {
    const before = await backend.listed();
    await expect(
      documents.write(newKey(), randomUUID(), brokenUpload(200_000), { limitBytes: 50 * MB }),
    ).rejects.toThrow('client went away');
    expect(await backend.listed()).toEqual(before);
  });

  it('lets go of the upload when the store fails before reading it', async () => {
    const failing: ObjectStore = {
      put: () => Promise.reject(new Error('disk full')),
      get: () => Promise.reject(new Error('unused')),
      delete: () => Promise.resolve(),
    };
    const content = new PassThrough();
    content.write(randomBytes(1000));
    await expect(
      new DocumentStore(failing).write(newKey(), randomUUID(), content, { limitBytes: MB }),
    ).rejects.toThrow('disk full');
    await new Promise((settle) => setImmediate(settle));
    expect(content.destroyed).toBe(true);
  });

  it('keeps a document at exactly the limit', async () => {
    const key = newKey();
    const content = randomBytes(1000);
    await documents.write(key, 'exact', upload(content, 7), { limitBytes: 1000 });
    expect(await bytesOf(await documents.read(key, 'exact'))).toEqual(content);
  });

  describe('never hands out bytes of a stored document that was', () => {
    const content = randomBytes(3 * SEGMENT_SIZE + 10);

    async function readAll(key: DataKey, fileId: string) {
      const out: Buffer[] = [];
      try {
        for await (const chunk of await documents.read(key, fileId)) out.push(chunk as Buffer);
      } catch (error) {
        return { out: Buffer.concat(out), error };
      }
      return { out: Buffer.concat(out), error: undefined };
    }

    async function stored(key: DataKey, fileId: string): Promise<Buffer> {
      await documents.write(key, fileId, upload(content), { limitBytes: MB });
      return bytesOf(await backend.objects.get(documentObjectKey(key.collaborationId, fileId)));
    }

    const replace = (key: DataKey, fileId: string, bytes: Buffer) =>
      backend.objects.put(documentObjectKey(key.collaborationId, fileId), Readable.from([bytes]));

    it('tampered with', async () => {
      const key = newKey();
      const raw = await stored(key, 'a');
      raw[raw.length - 20]! ^= 1; // in the last segment (10 bytes and its tag)
      await replace(key, 'a', raw);
      const { out, error } = await readAll(key, 'a');
      expect(error).toBeInstanceOf(DocumentIntegrityError);
      // The three whole segments before it verified; the last one's bytes never came out.
      expect(out.equals(content.subarray(0, 3 * SEGMENT_SIZE))).toBe(true);
    });

    it('truncated', async () => {
      const key = newKey();
      const raw = await stored(key, 'a');
      await replace(key, 'a', raw.subarray(0, raw.length - 20));
      expect((await readAll(key, 'a')).error).toBeInstanceOf(DocumentIntegrityError);
    });

    it("swapped with another file's object", async () => {
      const key = newKey();
      await stored(key, 'a');
      await replace(key, 'b', await stored(key, 'c'));
      const { out, error } = await readAll(key, 'b');
      expect(error).toBeInstanceOf(DocumentIntegrityError);
      expect(out.length).toBe(0);
    });

    it('read with another collaboration key', async () => {
      const key = newKey();
      await stored(key, 'a');
      const { out, error } = await readAll(dataKey(key.collaborationId, randomBytes(32)), 'a');
      expect(error).toBeInstanceOf(DocumentIntegrityError);
      expect(out.length).toBe(0);
    });
  });

  it('answers NOT_FOUND for a document never stored, or removed', async () => {
    const key = newKey();
    await expect(documents.read(key, 'never')).rejects.toMatchObject({
      code: ErrorCode.NOT_FOUND,
    });
    await documents.write(key, 'gone', upload(Buffer.from('x')), { limitBytes: 10 });
    await documents.remove(key.collaborationId, 'gone');
    await documents.remove(key.collaborationId, 'gone'); // twice: nothing to do
    await expect(documents.read(key, 'gone')).rejects.toMatchObject({ code: ErrorCode.NOT_FOUND });
  });

  it('refuses a file id that is not a plain name, storing nothing', async () => {
    const before = await backend.listed();
    for (const fileId of ['../x', 'a/b', '.hidden', '', 'x'.repeat(200)])
      await expect(
        documents.write(newKey(), fileId, upload(Buffer.from('x')), { limitBytes: 10 }),
      ).rejects.toMatchObject({ code: ErrorCode.BAD_USER_INPUT });
    expect(await backend.listed()).toEqual(before);
  });
});

describe('LocalFolderStore', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'alianza-folder-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('keeps each object in a file of mode 0600, in folders of mode 0700', async () => {
    const store = new LocalFolderStore(dir);
    await store.put('collaborations/c1/files/f1', Readable.from([Buffer.from('sealed')]));
    const file = join(dir, 'collaborations/c1/files/f1');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, 'collaborations/c1'))).mode & 0o777).toBe(0o700);
    expect((await bytesOf(await store.get('collaborations/c1/files/f1'))).toString()).toBe(
      'sealed',
    );
    expect(await readdir(join(dir, '.incoming'))).toEqual([]);
  });

  it('keeps keys inside its folder', () => {
    const store = new LocalFolderStore(dir);
    for (const key of ['../outside', 'a/../../b', '/etc/passwd', 'a//b', '.incoming/x', 'a\\b', ''])
      expect(() => store.pathOf(key)).toThrow('Not a valid object key');
    expect(store.pathOf('collaborations/x/files/y.pdf')).toBe(
      join(dir, 'collaborations/x/files/y.pdf'),
    );
  });

  it('leaves a stored object as it was when a write over it fails', async () => {
    const store = new LocalFolderStore(dir);
    await store.put('kept', Readable.from([Buffer.from('first')]));
    await expect(store.put('kept', brokenUpload(1000))).rejects.toThrow('client went away');
    expect((await bytesOf(await store.get('kept'))).toString()).toBe('first');
    expect(await readdir(join(dir, '.incoming'))).toEqual([]);
  });
});
