import { EmptyState, PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Badge, Button, Card, Group, Stack, Tabs, Title, Tooltip } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFilePlus } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { acceptanceMatrix } from './acceptance-matrix';
import { AcceptanceTable } from './acceptance-table';
import { PublishModal } from './publish-modal';
import { useConsoleGroundRulesQuery } from './rules.generated';
import { VersionView } from './version-view';
import { VersionsList } from './versions-list';

export function RulesPage() {
  const { t } = useT('rules');
  const collaborationId = useCollaborationId();
  const [publishing, { open, close }] = useDisclosure(false);
  const { data, loading, error, refetch } = useConsoleGroundRulesQuery({
    variables: { id: collaborationId },
  });
  const collaboration = data?.collaboration;
  const versions = useMemo(() => collaboration?.groundRulesVersions ?? [], [collaboration]);
  const participations = useMemo(() => collaboration?.participations ?? [], [collaboration]);
  const current = versions.find((v) => v.version === collaboration?.currentGroundRulesVersion);
  const rows = useMemo(
    () => acceptanceMatrix(versions, participations),
    [versions, participations],
  );
  const taking = participations.filter((p) => p.status === 'ACCEPTED' || p.status === 'INVITED');
  const closed = collaboration?.status === 'CLOSED';
  const publishButton = (
    <Button
      leftSection={<IconFilePlus size={16} aria-hidden />}
      onClick={open}
      disabled={!collaboration || closed}
    >
      {t('publish.open')}
    </Button>
  );
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          closed ? (
            <Tooltip label={t('publish.closed')}>
              <span>{publishButton}</span>
            </Tooltip>
          ) : (
            publishButton
          )
        }
      />
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(collaboration)}
        onRetry={() => void refetch()}
      >
        {collaboration && !current ? (
          <Card withBorder>
            <EmptyState text={t('none')} />
          </Card>
        ) : (
          collaboration &&
          current && (
            <Tabs defaultValue="current" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="current">{t('tabs.current')}</Tabs.Tab>
                <Tabs.Tab value="versions">{t('tabs.versions')}</Tabs.Tab>
                <Tabs.Tab value="acceptances">{t('tabs.acceptances')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="current" pt="md">
                <Card withBorder padding="lg">
                  <Stack>
                    <Group gap="xs">
                      <Title order={2} size="h3">
                        {t('version.label', { version: current.version })}
                      </Title>
                      <Badge color="teal" variant="light">
                        {t('version.inForce')}
                      </Badge>
                    </Group>
                    <VersionView version={current} order={3} />
                  </Stack>
                </Card>
              </Tabs.Panel>
              <Tabs.Panel value="versions" pt="md">
                <VersionsList
                  versions={versions}
                  currentVersion={collaboration.currentGroundRulesVersion}
                  participantCount={taking.length}
                />
              </Tabs.Panel>
              <Tabs.Panel value="acceptances" pt="md">
                <Card withBorder padding="md">
                  <AcceptanceTable
                    rows={rows}
                    versions={versions.map((v) => v.version)}
                    currentVersion={collaboration.currentGroundRulesVersion}
                  />
                </Card>
              </Tabs.Panel>
            </Tabs>
          )
        )}
      </QueryState>
      {collaboration && (
        <PublishModal
          collaborationId={collaboration.id}
          opened={publishing}
          onClose={close}
          nextVersion={collaboration.currentGroundRulesVersion + 1}
          initial={{
            body: current?.body ?? '',
            thirdPartyRules: current?.thirdPartyRules ?? '',
            changeSummary: '',
          }}
          acceptedCount={participations.filter((p) => p.status === 'ACCEPTED').length}
        />
      )}
    </Stack>
  );
}
