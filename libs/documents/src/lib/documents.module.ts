import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { StorageModule } from '@alianza/storage';
import { ItemFileEntity } from './entities/item-file.entity';
import { ItemVersionFileEntity } from './entities/item-version-file.entity';
import { FileTextService } from './file-text.service';
import { FileUploadService } from './file-upload.service';
import { ItemFileService } from './item-file.service';
import { ItemFilesController } from './item-files.controller';
import { UnattachedFileSweep } from './unattached-file-sweep';

/**
 * Documents of item versions (docs/adr/0030): upload and download over HTTP, the files a
 * version lists (libs/disclosure asks `ItemFileService` when it writes a version, and for
 * `ItemVersion.files`), their text for the redaction assistant (`FileTextService`), and the
 * sweep of uploads never attached (`UnattachedFileSweep`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ItemFileEntity, ItemVersionFileEntity]),
    AuditModule,
    CollaborationModule,
    StorageModule,
  ],
  controllers: [ItemFilesController],
  providers: [ItemFileService, FileUploadService, FileTextService, UnattachedFileSweep],
  exports: [ItemFileService, FileTextService],
})
export class DocumentsModule {}
