export * from './home-page';
export * from './messages';
