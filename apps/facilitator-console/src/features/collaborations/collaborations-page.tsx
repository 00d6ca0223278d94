import type { CollaborationStatus } from '@alianza/graphql-client/types';
import {
  EmptyState,
  LoadMore,
  PageHeader,
  QueryState,
  useEnumOptions,
  useNarrowScreen,
} from '@alianza/ui';
import { Button, Card, SegmentedControl, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { CollaborationsTable } from './collaborations-table';
import { CreateCollaborationModal } from './create-collaboration-modal';
import { useCollaborations } from './use-collaborations';

const STATUSES: readonly CollaborationStatus[] = ['DRAFT', 'ACTIVE', 'CLOSING', 'CLOSED'];
const ALL = 'ALL';

export function CollaborationsPage() {
  const { t } = useT('collaborations');
  const narrow = useNarrowScreen();
  const enumOptions = useEnumOptions();
  const [filter, setFilter] = useState<string>(ALL);
  const [creating, { open, close }] = useDisclosure(false);
  const status = filter === ALL ? null : (filter as CollaborationStatus);
  const list = useCollaborations(status);
  return (
    <Stack>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={open}>
            {t('create.open')}
          </Button>
        }
      />
      <SegmentedControl
        // On a phone the choices stack, none cut by the screen's edge.
        orientation={narrow ? 'vertical' : 'horizontal'}
        fullWidth={narrow}
        aria-label={t('filter.label')}
        value={filter}
        onChange={setFilter}
        data={[
          { value: ALL, label: t('filter.all') },
          ...enumOptions('CollaborationStatus', STATUSES),
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      <Card withBorder padding="md">
        <QueryState
          loading={list.loading}
          error={list.error}
          hasData={list.hasData}
          onRetry={list.refetch}
          empty={list.hasData && list.collaborations.length === 0 && status !== null}
          emptyText={t('empty.filtered')}
        >
          {list.collaborations.length === 0 ? (
            <EmptyState
              text={t('empty.none')}
              action={
                <Button variant="light" onClick={open}>
                  {t('empty.createFirst')}
                </Button>
              }
            />
          ) : (
            <>
              <CollaborationsTable collaborations={list.collaborations} />
              <LoadMore {...list.more} />
            </>
          )}
        </QueryState>
      </Card>
      <CreateCollaborationModal opened={creating} onClose={close} />
    </Stack>
  );
}
