export * from './items-page';
export * from './messages';
