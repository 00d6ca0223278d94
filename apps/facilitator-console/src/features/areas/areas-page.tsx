import { EmptyState, PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Button, Card, Stack, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import { AreaFormModal } from './area-form-modal';
import { ArchiveAreaModal } from './archive-area-modal';
import type { ConsoleAreaFragment } from './areas.generated';
import { useConsoleAreasQuery } from './areas.generated';
import { AreasTable, SensitivityLegend } from './areas-table';
import { matrixOrganizations } from './overlap-organizations';
import { OverlapsSection } from './overlaps-section';

export function AreasPage() {
  const { t } = useT('areas');
  const collaborationId = useCollaborationId();
  const { data, loading, error, refetch } = useConsoleAreasQuery({
    variables: { collaborationId },
  });
  // The area stays set while the dialog closes, so its title does not flicker.
  const [formOpen, setFormOpen] = useState(false);
  const [formArea, setFormArea] = useState<ConsoleAreaFragment | null>(null);
  const openForm = (area: ConsoleAreaFragment | null) => {
    setFormArea(area);
    setFormOpen(true);
  };
  const [archiving, setArchiving] = useState<{
    area: ConsoleAreaFragment;
    archived: boolean;
  } | null>(null);
  const areas = useMemo(() => data?.collaboration.areas.nodes ?? [], [data]);
  const overlaps = useMemo(() => data?.collaboration.overlaps.nodes ?? [], [data]);
  const participations = useMemo(() => data?.collaboration.participations ?? [], [data]);
  const organizations = useMemo(
    () => matrixOrganizations(participations, t('overlaps.invited')),
    [participations, t],
  );
  const names = useMemo(
    () => new Map(participations.map((p) => [p.organizationId, p.organization.name])),
    [participations],
  );
  const canChange = data ? data.collaboration.status !== 'CLOSED' : false;
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canChange && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => openForm(null)}>
              {t('areaForm.create')}
            </Button>
          )
        }
      />
      <QueryState
        loading={loading}
        error={error}
        hasData={Boolean(data)}
        onRetry={() => void refetch()}
      >
        <Card withBorder padding="md">
          <Title order={2} size="h4" mb="xs">
            {t('areas.heading')}
          </Title>
          {areas.length === 0 ? (
            <EmptyState text={t('areas.empty')} />
          ) : (
            <>
              <AreasTable
                areas={areas}
                overlapCount={(areaId) => overlaps.filter((o) => o.areaId === areaId).length}
                canEdit={canChange}
                onEdit={openForm}
                onArchive={(area, archived) => setArchiving({ area, archived })}
              />
              <SensitivityLegend />
            </>
          )}
        </Card>
        {areas.length > 0 && (
          <OverlapsSection
            areas={areas}
            overlaps={overlaps}
            organizations={organizations}
            organizationName={(id) => names.get(id)}
            canChange={canChange}
          />
        )}
      </QueryState>
      {archiving && (
        <ArchiveAreaModal
          area={archiving.area}
          archived={archiving.archived}
          onClose={() => setArchiving(null)}
        />
      )}
      <AreaFormModal
        collaborationId={collaborationId}
        opened={formOpen}
        area={formArea}
        onClose={() => setFormOpen(false)}
      />
    </Stack>
  );
}
