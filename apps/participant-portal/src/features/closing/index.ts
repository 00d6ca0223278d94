export * from './closing-page';
export * from './messages';
