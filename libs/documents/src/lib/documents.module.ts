import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '@alianza/audit';
import { CollaborationModule } from '@alianza/collaboration';
import { StorageModule } from '@alianza/storage';
import { ItemFileEntity } from './entities/item-file.entity';
import { ItemVersionFileEntity } from './entities/item-version-file.entity';
import { FileUploadService } from './file-upload.service';
import { ItemFileService } from './item-file.service';
import { ItemFilesController } from './item-files.controller';

/**
 * Documents of item versions (docs/adr/0030): upload and download over HTTP, the files a
 * version lists (libs/disclosure asks `ItemFileService` when it writes a version, and for
 * `ItemVersion.files`).
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([ItemFileEntity, ItemVersionFileEntity]),
    AuditModule,
    CollaborationModule,
    StorageModule,
  ],
  controllers: [ItemFilesController],
  providers: [ItemFileService, FileUploadService],
  exports: [ItemFileService],
})
export class DocumentsModule {}
