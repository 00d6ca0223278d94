export * from './lib/watermark';
export * from './lib/stamp-pdf';
export * from './lib/stamp-image';
export * from './lib/stamp-spreadsheet';
export * from './lib/extract-text';
