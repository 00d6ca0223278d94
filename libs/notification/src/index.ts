export * from './lib/notification.entity';
export * from './lib/notification.module';
export * from './lib/notification.service';
