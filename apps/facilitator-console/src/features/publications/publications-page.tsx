import { useFormat } from '@alianza/i18n';
import { LoadMore, PageHeader, QueryState, useCollaborationId, useLoadMore } from '@alianza/ui';
import { Button, Group, Modal, Paper, Spoiler, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { RedactedMarkdown } from '@alianza/ui';
import {
  useConsolePublicationsContextQuery,
  useConsolePublicationsQuery,
  type ConsolePublicationFragment,
} from './publications.generated';
import { PublishForm } from './publish-form';

const PAGE = 20;

/** The facilitator's texts to the participants, newest first, and publishing a new one. */
export function PublicationsPage() {
  const { t } = useT('publications');
  const collaborationId = useCollaborationId();
  const [composing, setComposing] = useState(false);
  const context = useConsolePublicationsContextQuery({ variables: { collaborationId } });
  const query = useConsolePublicationsQuery({ variables: { collaborationId, first: PAGE } });
  const connection = query.data?.publications;
  const areaName = (id: string | null) =>
    (id && context.data?.collaboration.areas.nodes.find((a) => a.id === id)?.name) || null;

  const loadMoreState = useLoadMore(query, 'publications');

  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setComposing(true)}
            disabled={!context.data}
          >
            {t('new')}
          </Button>
        }
      />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!connection}
        empty={connection?.nodes.length === 0}
        emptyText={t('empty')}
        onRetry={() => void query.refetch()}
      >
        <Stack gap="sm">
          {connection?.nodes.map((publication) => (
            <PublicationCard
              key={publication.id}
              publication={publication}
              areaName={areaName(publication.areaId)}
            />
          ))}
        </Stack>
        <LoadMore {...loadMoreState} />
      </QueryState>
      <Modal
        opened={composing}
        onClose={() => setComposing(false)}
        title={t('form.heading')}
        size="xl"
        closeButtonProps={{ 'aria-label': t('common:actions.close') }}
      >
        {context.data && (
          <PublishForm
            collaborationId={collaborationId}
            context={context.data}
            onDone={() => setComposing(false)}
            onCancel={() => setComposing(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}

function PublicationCard(props: {
  publication: ConsolePublicationFragment;
  areaName: string | null;
}) {
  const { t } = useT('publications');
  const format = useFormat();
  const { publication } = props;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`pub-${publication.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={2} fz="h5" id={`pub-${publication.id}`}>
            {publication.title}
          </Title>
          <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
            {format.dateTime(publication.createdAt)}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {[
            t(`common:enums.AudienceKind.${publication.audienceKind}`),
            props.areaName ? t('area', { area: props.areaName }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <Spoiler maxHeight={160} showLabel={t('showMore')} hideLabel={t('showLess')}>
          <RedactedMarkdown body={publication.body} headingLevel={3} size="sm" />
        </Spoiler>
      </Stack>
    </Paper>
  );
}
