import { useFormat } from '@alianza/i18n';
import { EmptyState, LoadMore, QueryState, useLoadMore } from '@alianza/ui';
import { Alert, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useId } from 'react';
import { useT } from '../../i18n';
import { MarkdownText } from './markdown-text';
import { usePortalPublicationsQuery } from './rules.generated';

const PAGE_SIZE = 10;

/** What the facilitator published for our organization (only while it takes part). */
export function PublicationsList(props: { collaborationId: string; active: boolean }) {
  const { t } = useT('rules');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        {t('publications.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('publications.intro')}
      </Text>
      {props.active ? (
        <Publications collaborationId={props.collaborationId} />
      ) : (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          {t('publications.notActive')}
        </Alert>
      )}
    </section>
  );
}

function Publications(props: { collaborationId: string }) {
  const { t } = useT('rules');
  const format = useFormat();
  const query = usePortalPublicationsQuery({
    variables: { collaborationId: props.collaborationId, first: PAGE_SIZE },
  });
  const connection = query.data?.publications;
  const areaNames = new Map(
    (query.data?.collaboration.areas.nodes ?? []).map((a) => [a.id, a.name]),
  );
  const more = useLoadMore(query, 'publications');
  return (
    <QueryState
      loading={query.loading}
      error={query.error}
      hasData={!!connection}
      onRetry={() => void query.refetch()}
    >
      {connection && connection.nodes.length === 0 ? (
        <EmptyState text={t('publications.empty')} />
      ) : (
        <Stack>
          {connection?.nodes.map((p) => (
            <Card key={p.id} withBorder padding="md" component="article" aria-label={p.title}>
              <Group justify="space-between" align="flex-start" mb="xs">
                <Title order={3} size="h5">
                  {p.title}
                </Title>
                <Group gap="xs">
                  {p.areaId && areaNames.has(p.areaId) && (
                    <Badge variant="light" color="gray" size="sm">
                      {t('publications.area', { area: areaNames.get(p.areaId) })}
                    </Badge>
                  )}
                  <Text size="xs" c="dimmed">
                    {t('publications.publishedAt', { date: format.dateTime(p.createdAt) })}
                  </Text>
                </Group>
              </Group>
              <MarkdownText>{p.body}</MarkdownText>
            </Card>
          ))}
          {more.hasNextPage && <LoadMore {...more} />}
        </Stack>
      )}
    </QueryState>
  );
}
