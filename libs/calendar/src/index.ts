export * from './lib/calendar-events';
export * from './lib/calendar.module';
export { CALENDAR_FEED_ROUTES, withoutFeedSecret } from './lib/calendar.controller';
export { CALENDAR_FEED_PATH, CALENDAR_FEED_PREFIX } from './lib/calendar-feed.service';
export * from './lib/entities/calendar-feed.entity';
