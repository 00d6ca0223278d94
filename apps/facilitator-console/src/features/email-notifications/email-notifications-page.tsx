import {
  NotificationPreferencesSection,
  PageHeader,
  CONSOLE_NOTIFICATION_KINDS,
} from '@alianza/ui';
import { useT } from '../../i18n';

/** How each kind of notification reaches the user by email (the screen is shared, in libs/ui). */
export function EmailNotificationsPage() {
  const { t } = useT('notification-preferences');
  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <NotificationPreferencesSection kinds={CONSOLE_NOTIFICATION_KINDS} />
    </>
  );
}
