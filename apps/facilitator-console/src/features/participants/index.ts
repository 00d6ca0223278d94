export * from './participants-page';
export * from './messages';
