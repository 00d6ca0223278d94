import { Logger, Module } from '@nestjs/common';
import { APP_CONFIG, AppConfig, FilesConfig } from '@alianza/api-core';
import { CollaborationKeyService } from './collaboration-key.service';
import { DocumentStore } from './document-store';
import { LocalFolderStore } from './local-folder-store';
import { loadMasterKey, MasterKey } from './master-key';
import { OBJECT_STORE, ObjectStore } from './object-store';
import { S3ObjectStore } from './s3-object-store';

/** The object store of the configuration: a local folder or an S3-compatible bucket. */
export function objectStoreFor(storage: FilesConfig['storage']): ObjectStore {
  return storage.kind === 's3' ? new S3ObjectStore(storage) : new LocalFolderStore(storage.dir);
}

/** Documents encrypted at rest, per collaboration, on a local folder or S3 (ADR 0029). */
@Module({
  providers: [
    {
      provide: MasterKey,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        loadMasterKey(config.files, config.env === 'production', new Logger('DocumentKeys')),
    },
    {
      provide: OBJECT_STORE,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => objectStoreFor(config.files.storage),
    },
    CollaborationKeyService,
    DocumentStore,
  ],
  exports: [CollaborationKeyService, DocumentStore],
})
export class StorageModule {}
