export * from './item-files';
