export * from './benchmarks-page';
export * from './messages';
