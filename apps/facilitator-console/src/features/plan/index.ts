export * from './plan-page';
export * from './messages';
