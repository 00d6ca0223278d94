import { useSession } from '@alianza/ui';
import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { Link, Outlet } from 'react-router';
import { useT } from '../i18n';

/**
 * The administration screens (`/admin/…`), for platform administrators only: anyone else who
 * types the address is told so (the API refuses them the data anyway).
 */
export function PlatformAdminOnly() {
  const { t } = useT('console');
  const { user } = useSession();
  if (user.isPlatformAdmin) return <Outlet />;
  return (
    <Stack align="flex-start">
      <Alert color="orange" variant="light" title={t('adminOnly.title')} role="alert">
        <Text size="sm">{t('adminOnly.body')}</Text>
      </Alert>
      <Anchor component={Link} to="/">
        {t('common:nav.home')}
      </Anchor>
    </Stack>
  );
}
