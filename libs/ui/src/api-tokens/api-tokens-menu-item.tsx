import { Menu } from '@mantine/core';
import { IconKey } from '@tabler/icons-react';
import { useT } from '../lib/i18n';
import { Link } from 'react-router';

/** Where both apps show the API tokens screen. */
export const API_TOKENS_PATH = '/api-tokens';

/** The user menu's way to the API tokens screen (pass it as the Shell's `userMenu`). */
export function ApiTokensMenuItem() {
  const { t } = useT('api-tokens');
  return (
    <Menu.Item
      component={Link}
      to={API_TOKENS_PATH}
      leftSection={<IconKey size={14} aria-hidden />}
    >
      {t('menu')}
    </Menu.Item>
  );
}
