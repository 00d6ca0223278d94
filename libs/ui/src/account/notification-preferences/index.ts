export { notificationPreferencesMessages } from './messages';
export { CONSOLE_NOTIFICATION_KINDS, PORTAL_NOTIFICATION_KINDS } from './notification-kinds';
export { NotificationPreferencesPanel, DELIVERIES } from './notification-preferences-panel';
export { NotificationPreferencesSection } from './notification-preferences-section';
export { NotificationPreferencesMenuItem } from './notification-preferences-menu-item';
