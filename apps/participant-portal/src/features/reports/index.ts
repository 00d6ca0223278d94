export * from './report-page';
export * from './messages';
