import { EnumBadge, PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconArrowLeft, IconPencil } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { EditCollaborationModal } from './edit-collaboration-modal';
import { OpeningContextCard } from './opening-context-card';
import {
  useConsoleOverviewQuery,
  useConsolePreviousCollaborationQuery,
} from './overview.generated';
import { PeopleCard } from './people-card';
import { ShortcutCards } from './shortcut-cards';
import { StatusActions } from './status-actions';

export function OverviewPage() {
  const { t } = useT('overview');
  const format = useFormat();
  const id = useCollaborationId();
  const [editing, { open, close }] = useDisclosure(false);
  const { data, loading, error, refetch } = useConsoleOverviewQuery({ variables: { id } });
  const collaboration = data?.collaboration;
  const names = new Map(
    (collaboration?.participations ?? []).map((p) => [p.organizationId, p.organization.name]),
  );
  const organizationName = (organizationId: string) => names.get(organizationId);
  const previousId = collaboration?.openingContext ? collaboration.previousCollaborationId : null;
  const previousData = useConsolePreviousCollaborationQuery({
    variables: { id: previousId ?? '' },
    skip: !previousId,
  }).data;
  const previous = previousData?.collaboration;
  const previousLedger = previousData?.ledgerSettings;
  const previousNames = new Map(
    (previous?.participations ?? []).map((p) => [p.organizationId, p.organization.name]),
  );
  return (
    <Stack>
      {error && !collaboration && (
        // Not found or no access: a heading, and a way back besides "retry".
        <PageHeader
          title={t('title')}
          actions={
            <Button
              component={Link}
              to="/"
              variant="default"
              leftSection={<IconArrowLeft size={16} aria-hidden />}
            >
              {t('backToList')}
            </Button>
          }
        />
      )}
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(collaboration)}
        onRetry={() => void refetch()}
      >
        {collaboration && (
          <Stack>
            <PageHeader
              title={collaboration.title}
              description={t('createdOn', { date: format.date(collaboration.createdAt) })}
            />
            <Grid>
              <Grid.Col span={{ base: 12, md: 8 }}>
                <Card withBorder padding="md" h="100%">
                  <Stack gap="sm">
                    <Group justify="space-between">
                      <Title order={2} size="h4">
                        {t('details.heading')}
                      </Title>
                      {collaboration.status !== 'CLOSED' && (
                        <Button
                          variant="subtle"
                          size="xs"
                          leftSection={<IconPencil size={14} aria-hidden />}
                          onClick={open}
                        >
                          {t('details.edit')}
                        </Button>
                      )}
                    </Group>
                    <Labelled label={t('details.objective')}>
                      {collaboration.objective || t('details.noObjective')}
                    </Labelled>
                    <Labelled label={t('details.description')}>
                      {collaboration.description || t('details.noDescription')}
                    </Labelled>
                    <Stack gap={6} mt="xs">
                      <Title order={3} size="h5">
                        {t('status.heading')}
                      </Title>
                      <Group gap="md">
                        <EnumBadge
                          enum="CollaborationStatus"
                          value={collaboration.status}
                          size="md"
                        />
                        <StatusActions
                          collaborationId={collaboration.id}
                          nextStatuses={collaboration.nextStatuses}
                          groundRulesPublished={collaboration.currentGroundRulesVersion > 0}
                          organizationName={organizationName}
                        />
                      </Group>
                    </Stack>
                  </Stack>
                </Card>
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 4 }}>
                <PeopleCard
                  collaborationId={collaboration.id}
                  facilitators={collaboration.facilitators}
                  participations={collaboration.participations}
                  groundRulesVersion={collaboration.currentGroundRulesVersion}
                />
              </Grid.Col>
            </Grid>
            <ShortcutCards collaborationId={collaboration.id} />
            {collaboration.openingContext && (
              <OpeningContextCard
                statement={collaboration.openingContext}
                previousTitle={previous?.title}
                currency={
                  previousLedger?.valuationScale === 'MONEY' ? previousLedger.currency : null
                }
                organizationName={(id) => previousNames.get(id) ?? names.get(id)}
              />
            )}
            <EditCollaborationModal
              collaborationId={collaboration.id}
              opened={editing}
              onClose={close}
              initial={{
                title: collaboration.title,
                objective: collaboration.objective,
                description: collaboration.description,
              }}
            />
          </Stack>
        )}
      </QueryState>
    </Stack>
  );
}

function Labelled(props: { label: string; children: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {props.label}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {props.children}
      </Text>
    </div>
  );
}
