export * from './lib/activity.entities';
export * from './lib/activity.module';
export * from './lib/activity.service';
export * from './lib/customer-identifiers';
export * from './lib/overlap-detection.service';
