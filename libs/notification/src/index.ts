export * from './lib/notification.entity';
export * from './lib/notification.module';
export * from './lib/notification.service';
export { LiveEvents, PUB_SUB } from './lib/pub-sub';
export type { LiveUpdatesHealth } from './lib/pub-sub';
export * from './lib/due-notices';
