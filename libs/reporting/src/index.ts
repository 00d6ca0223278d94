export * from './lib/report-csv';
export * from './lib/dtos/reporting.types';
export * from './lib/reporting.module';
export * from './lib/reporting.service';
