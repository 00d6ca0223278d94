export * from './lib/report-csv';
export * from './lib/reporting.model';
export * from './lib/reporting.module';
export * from './lib/reporting.service';
