export { AddToCalendar, calendarEventPath } from './add-to-calendar';
export { CalendarFeedSection } from './calendar-feed-section';
export { calendarFeedMessages } from './messages';
