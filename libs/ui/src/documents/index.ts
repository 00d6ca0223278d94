export * from './item-files';
export * from './file-accesses';
