import { NOTIFICATION_SETTINGS_PATH } from '@alianza/shared';
import { Menu } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../lib/i18n';

/** The user menu's way to the email notification settings (in the Shell's `userMenu`). */
export function NotificationPreferencesMenuItem() {
  const { t } = useT('notification-preferences');
  return (
    <Menu.Item
      component={Link}
      to={NOTIFICATION_SETTINGS_PATH}
      leftSection={<IconMail size={14} aria-hidden />}
    >
      {t('menu')}
    </Menu.Item>
  );
}
