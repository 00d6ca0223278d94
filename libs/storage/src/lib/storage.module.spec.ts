import { ConfigModule, loadConfig } from '@alianza/api-core';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { CollaborationKeyService } from './collaboration-key.service';
import { dataKey } from './data-key';
import { DocumentStore } from './document-store';
import { LocalFolderStore } from './local-folder-store';
import { OBJECT_STORE } from './object-store';
import { S3ObjectStore } from './s3-object-store';
import { StorageModule } from './storage.module';

describe('StorageModule', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'alianza-storage-module-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  /** The module as the API would import it, with the configuration of `env`. */
  const moduleFor = (env: NodeJS.ProcessEnv) => {
    const config = loadConfig({
      NODE_ENV: 'test',
      FILES_MASTER_KEY: randomBytes(32).toString('base64'),
      ...env,
    });
    @Module({ imports: [ConfigModule.forRoot(config), StorageModule] })
    class WithStorage {}
    return NestFactory.createApplicationContext(WithStorage, { logger: false });
  };

  it('stores in the folder FILES_DIR names, by default', async () => {
    const app = await moduleFor({ FILES_DIR: dir });
    expect(app.get(CollaborationKeyService)).toBeInstanceOf(CollaborationKeyService);
    const objects = app.get(OBJECT_STORE);
    expect(objects).toBeInstanceOf(LocalFolderStore);
    const documents = app.get(DocumentStore);
    const key = dataKey(randomUUID(), randomBytes(32));
    await documents.write(key, 'a', Readable.from([Buffer.from('hola')]), { limitBytes: 10 });
    expect((await (await documents.read(key, 'a')).toArray()).join('')).toBe('hola');
    expect((objects as LocalFolderStore).root).toBe(dir);
    await app.close();
  });

  it('stores in the S3 bucket with FILES_STORAGE=s3', async () => {
    const app = await moduleFor({
      FILES_STORAGE: 's3',
      S3_ENDPOINT: 'http://127.0.0.1:9',
      S3_BUCKET: 'documents',
    });
    expect(app.get(OBJECT_STORE)).toBeInstanceOf(S3ObjectStore);
    await app.close();
  });
});
