import {
  MyAccountEventsDocument,
  MyCalendarFeedDocument,
  useCreateCalendarFeedMutation,
  useMyCalendarFeedQuery,
  useRevokeCalendarFeedMutation,
} from '@alianza/graphql-client';
import { useFormat } from '@alianza/i18n';
import { Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCalendarEvent } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../lib/api-error';
import { useT } from '../../lib/i18n';
import { QueryState } from '../../lib/query-state';
import { SecretReveal } from '../../lib/secret-reveal';

const NS = 'calendar-feed';

/** After a change: whether there is a feed, and the log that records it. */
const REFETCH = [MyCalendarFeedDocument, MyAccountEventsDocument];

type Confirming = 'replace' | 'revoke' | null;

/**
 * "Calendar" on the security screen: what a calendar address is, in plain words; whether the
 * user has one (and when a calendar app last read it); making one (its address shown this once,
 * with a copy button), making a new one in its place, or turning it off, each after a
 * confirmation where an address stops working.
 */
export function CalendarFeedSection() {
  const { t } = useT(NS);
  const format = useFormat();
  const query = useMyCalendarFeedQuery({ fetchPolicy: 'cache-and-network' });
  const [url, setUrl] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [create, created] = useCreateCalendarFeedMutation({
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const [revoke, revoked] = useRevokeCalendarFeedMutation({
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const feed = query.data?.myCalendarFeed ?? null;

  const make = async () => {
    try {
      const { data } = await create();
      setConfirming(null);
      if (data) setUrl(data.createCalendarFeed.url);
      notifications.show({ color: 'teal', message: t('created'), autoClose: 2500 });
    } catch {
      // Shown from `created.error`.
    }
  };
  const turnOff = async () => {
    try {
      await revoke();
      setConfirming(null);
      setUrl(null);
      notifications.show({ color: 'teal', message: t('revoked'), autoClose: 2500 });
    } catch {
      // Shown from `revoked.error`.
    }
  };
  const close = () => {
    created.reset();
    revoked.reset();
    setConfirming(null);
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="calendar-feed">
      <Stack gap="sm">
        <Group gap="xs">
          <IconCalendarEvent size={20} aria-hidden />
          <Title order={2} size="h4" id="calendar-feed">
            {t('title')}
          </Title>
        </Group>
        <Text size="sm">{t('description')}</Text>
        <Text size="sm" c="dimmed">
          {t('private')}
        </Text>
        {url && (
          <SecretReveal
            texts={{
              title: t('secret.title'),
              warning: t('secret.warning'),
              label: t('secret.label'),
              copy: t('secret.copy'),
              copied: t('secret.copied'),
              dismiss: t('secret.dismiss'),
            }}
            secret={url}
            onDone={() => setUrl(null)}
          />
        )}
        {!confirming && created.error && <ErrorAlert error={created.error} />}
        <QueryState
          loading={query.loading}
          error={query.error}
          hasData={!!query.data}
          onRetry={() => void query.refetch()}
        >
          {feed ? (
            <Stack gap="xs">
              <Text size="sm">{t('active', { date: format.dateTime(feed.createdAt) })}</Text>
              <Text size="sm" c="dimmed">
                {feed.lastUsedAt
                  ? t('lastUsed', { when: format.relative(feed.lastUsedAt) })
                  : t('neverUsed')}
              </Text>
              <Group>
                <Button variant="default" onClick={() => setConfirming('replace')}>
                  {t('replace')}
                </Button>
                <Button variant="light" color="red" onClick={() => setConfirming('revoke')}>
                  {t('revoke')}
                </Button>
              </Group>
            </Stack>
          ) : (
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('none')}</Text>
              <Button loading={created.loading} onClick={() => void make()}>
                {t('create')}
              </Button>
            </Stack>
          )}
        </QueryState>
      </Stack>
      <Modal
        opened={confirming !== null}
        onClose={close}
        title={confirming === 'revoke' ? t('revokeModal.title') : t('replaceModal.title')}
      >
        <Stack>
          <Text size="sm">
            {confirming === 'revoke' ? t('revokeModal.text') : t('replaceModal.text')}
          </Text>
          {confirming === 'revoke' && revoked.error && <ErrorAlert error={revoked.error} />}
          {confirming === 'replace' && created.error && <ErrorAlert error={created.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {confirming === 'revoke' ? t('revokeModal.cancel') : t('replaceModal.cancel')}
            </Button>
            {confirming === 'revoke' ? (
              <Button color="red" loading={revoked.loading} onClick={() => void turnOff()}>
                {t('revokeModal.confirm')}
              </Button>
            ) : (
              <Button loading={created.loading} onClick={() => void make()}>
                {t('replaceModal.confirm')}
              </Button>
            )}
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}
