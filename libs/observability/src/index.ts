export * from './lib/observability.module';
export * from './lib/trace-log';
export * from './lib/operation-names';
export * from './lib/metrics-access';
export { METRICS_ROUTES } from './lib/metrics.controller';
