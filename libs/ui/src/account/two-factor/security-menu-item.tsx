import { Menu } from '@mantine/core';
import { IconShieldLock } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useT } from '../../lib/i18n';

/** Where both apps show the account security screen. */
export const SECURITY_PATH = '/security';

/** The user menu's way to the account security screen (beside the API tokens' item). */
export function SecurityMenuItem() {
  const { t } = useT('two-factor');
  return (
    <Menu.Item
      component={Link}
      to={SECURITY_PATH}
      leftSection={<IconShieldLock size={14} aria-hidden />}
    >
      {t('menu')}
    </Menu.Item>
  );
}
