import {
  MyAccountEventsDocument,
  MySessionsDocument,
  useEndOtherSessionsMutation,
  useEndSessionMutation,
  useMySessionsQuery,
  type MySessionsQuery,
} from '@alianza/graphql-client';
import { useFormat } from '@alianza/i18n';
import { Badge, Button, Card, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorAlert } from '../../lib/api-error';
import { useT } from '../../lib/i18n';
import { LoadMore } from '../../lib/load-more';
import { QueryState } from '../../lib/query-state';
import { useLoadMore } from '../../lib/use-load-more';
import { shortAgent } from '../two-factor/account-events-log';

const NS = 'sessions';

type Session = MySessionsQuery['mySessions']['nodes'][number];

/** After a session ends: the list, and the log that records it. */
const REFETCH = [MySessionsDocument, MyAccountEventsDocument];

/**
 * Where the signed-in user's account is open (browser and system, address, last activity, this
 * device marked), with a button to sign each other device out and one to sign out everywhere
 * else, after a confirmation. A device signed out is refused from its next request.
 */
export function ActiveSessions() {
  const { t } = useT(NS);
  const format = useFormat();
  const query = useMySessionsQuery({ fetchPolicy: 'cache-and-network' });
  const more = useLoadMore(query, 'mySessions');
  const [confirming, setConfirming] = useState(false);
  const [ending, setEnding] = useState<string | null>(null);
  const [endSession, endState] = useEndSessionMutation({
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const sessions = query.data?.mySessions.nodes ?? [];
  const total = query.data?.mySessions.totalCount ?? 0;
  // Every session but this one, loaded or not.
  const others = total - (sessions.some((s) => s.current) ? 1 : 0);
  const device = (s: Session) => shortAgent(s.userAgent) ?? t('unknownDevice');

  const end = async (s: Session) => {
    setEnding(s.id);
    try {
      await endSession({ variables: { sessionId: s.id } });
      notifications.show({
        color: 'teal',
        message: t('ended', { device: device(s) }),
        autoClose: 2500,
      });
    } catch {
      // Shown from `endState.error`.
    } finally {
      setEnding(null);
    }
  };

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="active-sessions">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={4}>
          <Title order={2} size="h4" id="active-sessions">
            {t('title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('description')}
          </Text>
        </Stack>
        {query.data && others > 0 && (
          <Button variant="light" color="red" onClick={() => setConfirming(true)}>
            {t('endOthers.button')}
          </Button>
        )}
      </Group>
      {endState.error && <ErrorAlert error={endState.error} />}
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!query.data}
        empty={sessions.length === 0}
        emptyText={t('empty')}
        onRetry={() => void query.refetch()}
      >
        <Table.ScrollContainer minWidth={640}>
          <Table>
            <Table.Caption>{t('caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('device')}</Table.Th>
                <Table.Th>{t('address')}</Table.Th>
                <Table.Th>{t('lastActivity')}</Table.Th>
                <Table.Th>{t('signedIn')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>
                    <Group gap="xs">
                      <Text size="sm" title={s.userAgent ?? undefined}>
                        {device(s)}
                      </Text>
                      {s.current && (
                        <Badge color="teal" variant="light">
                          {t('thisDevice')}
                        </Badge>
                      )}
                      {s.kind === 'BEARER' && (
                        <Badge color="gray" variant="light">
                          {t('apiClient')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {s.ipAddress ?? t('unknownAddress')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" title={format.dateTime(s.lastSeenAt)}>
                      {format.relative(s.lastSeenAt)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.dateTime(s.createdAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {!s.current && (
                      <Button
                        size="xs"
                        variant="default"
                        aria-label={t('endLabel', { device: device(s) })}
                        loading={ending === s.id}
                        disabled={ending !== null && ending !== s.id}
                        onClick={() => void end(s)}
                      >
                        {t('end')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore {...more} />
      </QueryState>
      <EndOthersModal opened={confirming} onClose={() => setConfirming(false)} />
    </Card>
  );
}

/** "Sign out everywhere else", once confirmed. */
function EndOthersModal(props: { opened: boolean; onClose: () => void }) {
  const { t } = useT(NS);
  const [endOthers, { loading, error, reset }] = useEndOtherSessionsMutation({
    refetchQueries: REFETCH,
    awaitRefetchQueries: true,
  });
  const close = () => {
    reset();
    props.onClose();
  };
  const confirm = async () => {
    try {
      const { data } = await endOthers();
      notifications.show({
        color: 'teal',
        message: t('endOthers.done', { count: data?.endOtherSessions ?? 0 }),
        autoClose: 3000,
      });
      close();
    } catch {
      // Shown from `error`.
    }
  };
  return (
    <Modal opened={props.opened} onClose={close} title={t('endOthers.title')}>
      <Stack>
        <Text size="sm">{t('endOthers.text')}</Text>
        {error && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('endOthers.cancel')}
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            {t('endOthers.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
