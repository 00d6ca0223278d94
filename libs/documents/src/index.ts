export * from './lib/entities/item-file.entity';
export * from './lib/entities/item-version-file.entity';
export { ItemFileType } from './lib/dtos/item-file.types';
export { ItemFileService } from './lib/item-file.service';
export type { VersionRef } from './lib/item-file.service';
export { FileTextService } from './lib/file-text.service';
export type { FileText, FileTextPart } from './lib/file-text.service';
export { contentDisposition, DOCUMENT_STREAM_ROUTES } from './lib/item-files.controller';
export * from './lib/documents.module';
