export * from './lib/audit-record.entity';
export * from './lib/audit.module';
export * from './lib/audit.service';
