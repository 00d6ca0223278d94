import { PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Alert, Select, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { usePortalExchangeQuery } from './exchange.generated';
import { OtherParticipants } from './other-participants';
import { OurEntries } from './our-entries';

export function ExchangePage() {
  const { t } = useT('exchange');
  const collaborationId = useCollaborationId();
  const query = usePortalExchangeQuery({ variables: { id: collaborationId } });
  const collaboration = query.data?.collaboration;
  const mine = collaboration?.myParticipations ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const ours = mine.find((p) => p.id === chosen) ?? mine[0];
  const myIds = new Set(mine.map((p) => p.id));
  const peers = (collaboration?.participations ?? []).filter((p) => !myIds.has(p.id) && p.active);
  const closed = collaboration?.status === 'CLOSED';

  return (
    <>
      <PageHeader title={t('title')} description={collaboration?.title ?? t('description')} />
      <QueryState
        loading={query.loading}
        error={query.error}
        hasData={!!collaboration}
        empty={!!collaboration && !ours}
        emptyText={t('noParticipation')}
        onRetry={() => void query.refetch()}
      >
        {ours && (
          <Stack gap="xl">
            {mine.length > 1 && (
              <Select
                label={t('organizationSelect')}
                data={mine.map((p) => ({ value: p.id, label: p.organization.name }))}
                value={ours.id}
                onChange={setChosen}
                allowDeselect={false}
                maw={360}
              />
            )}
            {closed && (
              <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
                {t('closed')}
              </Alert>
            )}
            <OurEntries participation={ours} editable={!closed} />
            <OtherParticipants us={ours} peers={peers} />
          </Stack>
        )}
      </QueryState>
    </>
  );
}
