export * from './areas-page';
export * from './messages';
