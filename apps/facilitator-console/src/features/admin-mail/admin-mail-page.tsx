import type { MailStatus } from '@alianza/graphql-client/types';
import { useFormat } from '@alianza/i18n';
import {
  LoadMore,
  PageHeader,
  QueryState,
  useAction,
  useEnumLabel,
  useLoadMore,
} from '@alianza/ui';
import {
  Badge,
  Button,
  SegmentedControl,
  Stack,
  Table,
  Text,
  VisuallyHidden,
  type MantineColor,
} from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useT } from '../../i18n';
import {
  type AdminMailRowFragment,
  useAdminMailQueueQuery,
  useAdminRetryMailMutation,
} from './admin-mail.generated';
import { MAIL_KINDS, type MailKind } from './messages';

const PAGE = 25;
const STATUSES: readonly MailStatus[] = ['QUEUED', 'SENDING', 'SENT', 'FAILED'];
const COLORS: Record<MailStatus, MantineColor> = {
  QUEUED: 'yellow',
  SENDING: 'blue',
  SENT: 'teal',
  FAILED: 'red',
};

/** The status of the `?status=` filter, or none (every message). */
export function parseMailStatus(value: string | null): MailStatus | null {
  return STATUSES.find((status) => status === value) ?? null;
}

const isKnownKind = (kind: string): kind is MailKind =>
  (MAIL_KINDS as readonly string[]).includes(kind);

/** The platform's mail queue (platform administrators): where each email stands; resend. */
export function AdminMailPage() {
  const { t } = useT('admin-mail');
  const [params, setParams] = useSearchParams();
  const status = parseMailStatus(params.get('status'));
  const query = useAdminMailQueueQuery({
    variables: { status: status ?? undefined, first: PAGE },
    fetchPolicy: 'cache-and-network',
  });
  const more = useLoadMore(query, 'mailQueue');
  const messages = query.data?.mailQueue.nodes ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button
            variant="default"
            leftSection={<IconRefresh size={16} aria-hidden />}
            loading={query.loading && !!query.data}
            onClick={() => void query.refetch()}
          >
            {t('refresh')}
          </Button>
        }
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id="mail-status-filter">
          {t('filter')}
        </Text>
        <SegmentedControl
          aria-labelledby="mail-status-filter"
          value={status ?? 'ALL'}
          onChange={(value) =>
            setParams(value === 'ALL' ? new URLSearchParams() : { status: value })
          }
          data={[
            { value: 'ALL', label: t('all') },
            ...STATUSES.map((value) => ({ value, label: t(`status.${value}`) })),
          ]}
          w="fit-content"
        />
      </Stack>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!query.data}
        empty={messages.length === 0}
        emptyText={status ? t('emptyFiltered') : t('empty')}
        onRetry={() => void query.refetch()}
      >
        <Table.ScrollContainer minWidth={1100}>
          <Table verticalSpacing="sm">
            <Table.Caption>{t('caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('columns.recipient')}</Table.Th>
                <Table.Th>{t('columns.kind')}</Table.Th>
                <Table.Th>{t('columns.locale')}</Table.Th>
                <Table.Th>{t('columns.status')}</Table.Th>
                <Table.Th>{t('columns.attempts')}</Table.Th>
                <Table.Th>{t('columns.createdAt')}</Table.Th>
                <Table.Th>{t('columns.sentAt')}</Table.Th>
                <Table.Th>{t('columns.nextAttemptAt')}</Table.Th>
                <Table.Th>{t('columns.lastError')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('columns.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {messages.map((message) => (
                <MailRow key={message.id} message={message} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <LoadMore {...more} />
      </QueryState>
    </Stack>
  );
}

function MailRow(props: { message: AdminMailRowFragment }) {
  const { t } = useT('admin-mail');
  const format = useFormat();
  const label = useEnumLabel();
  const run = useAction();
  // The answer is the message as it now stands: the cache updates this row in place.
  const [retry, { loading }] = useAdminRetryMailMutation();
  const m = props.message;
  return (
    <Table.Tr>
      <Table.Td>{m.recipient}</Table.Td>
      <Table.Td>{isKnownKind(m.kind) ? t(`kinds.${m.kind}`) : m.kind}</Table.Td>
      <Table.Td>{label('Locale', m.locale)}</Table.Td>
      <Table.Td>
        <Badge color={COLORS[m.status]} variant="light" size="sm">
          {t(`status.${m.status}`)}
        </Badge>
      </Table.Td>
      <Table.Td>{m.attempts}</Table.Td>
      <Table.Td>{format.dateTime(m.createdAt)}</Table.Td>
      <Table.Td>{format.dateTime(m.sentAt)}</Table.Td>
      <Table.Td>{format.dateTime(m.nextAttemptAt)}</Table.Td>
      <Table.Td maw={280}>
        <Text size="xs" c={m.lastError ? 'red' : 'dimmed'} lineClamp={3} title={m.lastError ?? ''}>
          {m.lastError ?? '—'}
        </Text>
      </Table.Td>
      <Table.Td>
        {m.status === 'FAILED' && (
          <Button
            size="compact-sm"
            variant="light"
            loading={loading}
            aria-label={t('retryFor', { recipient: m.recipient })}
            onClick={() =>
              void run(
                () => retry({ variables: { mailMessageId: m.id } }),
                t('retried', { recipient: m.recipient }),
              )
            }
          >
            {t('retry')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
