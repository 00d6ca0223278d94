export * from './report-page';
export * from './portfolio-page';
export * from './messages';
