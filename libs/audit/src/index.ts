export * from './lib/entities/audit-record.entity';
export * from './lib/audit.module';
export * from './lib/audit.service';
export * from './lib/audit-mac';
export * from './lib/audit-keys';
export * from './lib/checkpoint';
export * from './lib/file-checkpoint-sink';
export * from './lib/audit-checkpoint.service';
