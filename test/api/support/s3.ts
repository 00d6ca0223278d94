import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { S3ObjectStore } from '@alianza/storage';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './servers';

/** s3rver ships no types. */
type S3rver = new (options: Record<string, unknown>) => {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
};

export interface TestBucket {
  /** The API's configuration for it (`FILES_STORAGE=s3`, `S3_*`). */
  env: Record<string, string>;
  /** The bucket as whoever administers it sees it: object keys and stored bytes. */
  keys(): Promise<string[]>;
  object(key: string): Promise<Buffer>;
  /** The same bucket through the API's own object store (for reading with a given key). */
  store: S3ObjectStore;
  stop(): Promise<void>;
}

/**
 * A real S3-compatible server (s3rver, objects in a temporary folder) on a free port, with one
 * bucket, for an API server started with `env`. s3rver's keys are its fixed `S3RVER`/`S3RVER`.
 */
export async function startTestBucket(bucket = 'alianza-e2e'): Promise<TestBucket> {
  const directory = mkdtempSync(join(tmpdir(), 'alianza-e2e-s3-'));
  const Server = require('s3rver') as S3rver;
  const port = await freePort();
  const server = new Server({
    address: '127.0.0.1',
    port,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  await server.run();
  const env = {
    FILES_STORAGE: 's3',
    S3_ENDPOINT: `http://127.0.0.1:${port}`,
    S3_REGION: 'us-east-1',
    S3_BUCKET: bucket,
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    S3_FORCE_PATH_STYLE: 'true',
  };
  const store = new S3ObjectStore({
    kind: 's3',
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    bucket,
    accessKeyId: env.S3_ACCESS_KEY_ID,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY,
    forcePathStyle: true,
  });
  return {
    env,
    store,
    keys: async () =>
      ((await store.client.send(new ListObjectsV2Command({ Bucket: bucket }))).Contents ?? []).map(
        (object) => object.Key!,
      ),
    object: async (key) => {
      const chunks: Buffer[] = [];
      for await (const chunk of await store.get(key)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    stop: async () => {
      store.onModuleDestroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
