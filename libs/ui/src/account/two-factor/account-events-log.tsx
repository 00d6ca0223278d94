import { type AccountEventKind, useMyAccountEventsQuery } from '@alianza/graphql-client';
import { useFormat } from '@alianza/i18n';
import { Card, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { LoadMore } from '../../lib/load-more';
import { useT } from '../../lib/i18n';
import { QueryState } from '../../lib/query-state';
import { useLoadMore } from '../../lib/use-load-more';

const NS = 'two-factor';

/** Browsers by the mark of their user agent, the most specific first (Edge also says Chrome). */
const BROWSERS: readonly [RegExp, string][] = [
  [/\bEdg\//, 'Edge'],
  [/\bFirefox\//, 'Firefox'],
  // Also HeadlessChrome/.
  [/Chrome\//, 'Chrome'],
  [/\bSafari\//, 'Safari'],
];
const SYSTEMS: readonly [RegExp, string][] = [
  [/Android/, 'Android'],
  [/iPhone|iPad/, 'iOS'],
  [/Windows/, 'Windows'],
  [/Mac OS X|Macintosh/, 'macOS'],
  [/Linux/, 'Linux'],
];

/** A user agent, short: enough to recognise one's own devices ("Firefox, Linux"). */
export function shortAgent(userAgent: string | null): string | null {
  if (!userAgent) return null;
  const browser = BROWSERS.find(([mark]) => mark.test(userAgent))?.[1];
  const system = SYSTEMS.find(([mark]) => mark.test(userAgent))?.[1];
  if (!browser) return userAgent.slice(0, 40);
  return system ? `${browser}, ${system}` : browser;
}

/** One entry of an account security log, as both its readers ask for it. */
export interface AccountEventRow {
  id: string;
  at: string;
  kind: AccountEventKind;
  ip?: string | null;
  userAgent?: string | null;
  reason?: string | null;
  actor?: { displayName: string } | null;
}

/**
 * The table of an account security log: when, what (with who acted, as `actorNote` words it),
 * and from where. The user's own screen and the platform admin's view of a user both show it.
 */
export function AccountEventsTable<E extends AccountEventRow>(props: {
  events: readonly E[];
  caption: string;
  actorNote: (event: E) => ReactNode;
}) {
  const { t } = useT(NS);
  const format = useFormat();
  const where = (e: E) =>
    [e.ip, shortAgent(e.userAgent ?? null)].filter(Boolean).join(' · ') || t('log.unknownPlace');
  return (
    <Table.ScrollContainer minWidth={520}>
      <Table>
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('log.when')}</Table.Th>
            <Table.Th>{t('log.what')}</Table.Th>
            <Table.Th>{t('log.where')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.events.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{format.dateTime(e.at)}</Table.Td>
              <Table.Td>
                <Text size="sm">{t(`log.kinds.${e.kind}`)}</Text>
                {props.actorNote(e)}
              </Table.Td>
              <Table.Td>
                <Text size="sm" c="dimmed">
                  {where(e)}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The signed-in user's account security log, newest first, page by page. */
export function AccountEventsLog() {
  const { t } = useT(NS);
  const query = useMyAccountEventsQuery({ fetchPolicy: 'cache-and-network' });
  const more = useLoadMore(query, 'myAccountEvents');
  const events = query.data?.myAccountEvents.nodes ?? [];
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="account-events">
      <Title order={2} size="h4" id="account-events" mb="sm">
        {t('log.title')}
      </Title>
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!query.data}
        empty={events.length === 0}
        emptyText={t('log.empty')}
        onRetry={() => void query.refetch()}
      >
        <AccountEventsTable
          events={events}
          caption={t('log.caption')}
          actorNote={(e) =>
            e.actor && (
              <Text size="xs" c="dimmed">
                {t('log.byAdmin', { name: e.actor.displayName, reason: e.reason ?? '' })}
              </Text>
            )
          }
        />
        <LoadMore {...more} />
      </QueryState>
    </Card>
  );
}
