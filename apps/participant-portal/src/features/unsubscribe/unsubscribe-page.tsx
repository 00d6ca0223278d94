import { toApiError } from '@alianza/graphql-client';
import { useMessages } from '@alianza/i18n';
import { NOTIFICATION_SETTINGS_PATH } from '@alianza/shared';
import { ErrorAlert } from '@alianza/ui';
import { Alert, Anchor, Button, Center, Paper, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { useT } from '../../i18n';
import { unsubscribeMessages } from './messages';
import { usePortalUnsubscribeMutation } from './unsubscribe.generated';

/**
 * Where the "stop these emails" link of a notification email lands, signed in or not. Nothing
 * changes until the person confirms: a mail scanner that opens the link stops nothing.
 */
export function UnsubscribePage() {
  useMessages({ unsubscribe: unsubscribeMessages });
  const { t } = useT('unsubscribe');
  const { t: common } = useT('common');
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [unsubscribe, { data, loading, error }] = usePortalUnsubscribeMutation();
  const done = data?.unsubscribe;
  const invalid = toApiError(error)?.code === 'BAD_USER_INPUT';
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" maw={520} w="100%">
        <Stack>
          <Text fw={800} c="teal">
            {common('product')}
          </Text>
          <Title order={1} fz="h3">
            {t('title')}
          </Title>
          {!token ? (
            <Alert color="red" role="alert">
              {t('missing')}
            </Alert>
          ) : done ? (
            <>
              <Alert color="teal" role="status">
                {t('done', { kind: common(`notifications.kinds.${done.kind}`) })}
              </Alert>
              <Anchor component={Link} to={NOTIFICATION_SETTINGS_PATH}>
                {t('settings')}
              </Anchor>
            </>
          ) : invalid ? (
            <Alert color="red" role="alert">
              {t('invalid')}
            </Alert>
          ) : (
            <>
              <Text>{t('explain')}</Text>
              {error && <ErrorAlert error={error} />}
              <Button
                loading={loading}
                onClick={() =>
                  void unsubscribe({ variables: { input: { token } } }).catch(() => undefined)
                }
              >
                {t('confirm')}
              </Button>
            </>
          )}
        </Stack>
      </Paper>
    </Center>
  );
}
