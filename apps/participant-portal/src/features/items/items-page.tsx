import { LoadMore, PageHeader, QueryState, useCollaborationId } from '@alianza/ui';
import { Alert, Anchor, Button, Group, Select, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import { DisclosureRequestDialog } from './disclosure-request-dialog';
import { ItemCard } from './item-card';
import { ItemEditor } from './item-editor';
import type { PortalDisclosureRequestFragment, PortalItemFragment } from './items.generated';
import { useItemsContext, useMyItems } from './use-items';

type Dialog =
  | { kind: 'create' }
  | { kind: 'version'; item: PortalItemFragment }
  | { kind: 'share'; item: PortalItemFragment; from?: PortalDisclosureRequestFragment };

export function ItemsPage() {
  const { t } = useT('items');
  const collaborationId = useCollaborationId();
  const [participationId, setParticipationId] = useState<string | null>(null);
  const [areaId, setAreaId] = useState<string | null>(null);
  const [dialog, setDialogState] = useState<Dialog | null>(null);
  // The dialogs unmount on close, so Mantine cannot give focus back: do it here.
  const opener = useRef<HTMLElement | null>(null);
  const setDialog = (next: Dialog | null) => {
    if (next) {
      opener.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
    } else {
      const target = opener.current;
      requestAnimationFrame(() => target?.focus());
    }
    setDialogState(next);
  };
  const context = useItemsContext(collaborationId, participationId);
  const participation = context.participation;
  const items = useMyItems(collaborationId, participation?.organizationId, areaId);
  const canAct = Boolean(participation?.active && context.collaborationOpen);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canAct && (
            <Button
              leftSection={<IconPlus size={16} aria-hidden />}
              onClick={() => setDialog({ kind: 'create' })}
            >
              {t('actions.create')}
            </Button>
          )
        }
      />
      <QueryState
        loading={context.loading}
        error={context.error}
        hasData={context.hasData}
        empty={context.hasData && !participation}
        emptyText={t('noParticipation')}
        onRetry={context.refetch}
      >
        <Stack>
          {participation && !canAct && (
            <Alert color="yellow" variant="light">
              {!participation.active ? (
                <>
                  {t('inactive')}{' '}
                  <Anchor component={Link} to={`/c/${collaborationId}`} inherit>
                    {t('toRules')}
                  </Anchor>
                </>
              ) : context.collaborationStatus === 'DRAFT' ? (
                t('notStarted')
              ) : (
                t('closed')
              )}
            </Alert>
          )}
          <Group align="flex-end">
            {context.myParticipations.length > 1 && (
              <Select
                label={t('filters.organization')}
                data={context.myParticipations.map((p) => ({
                  value: p.id,
                  label: p.organization.name,
                }))}
                value={participation?.id ?? null}
                onChange={setParticipationId}
                allowDeselect={false}
                w={260}
              />
            )}
            <Select
              label={t('filters.area')}
              placeholder={t('filters.all')}
              data={context.areas.map((a) => ({ value: a.id, label: a.name }))}
              value={areaId}
              onChange={setAreaId}
              clearable
              w={260}
            />
          </Group>
          <QueryState
            loading={items.loading}
            error={items.error}
            hasData={Boolean(items.connection)}
            empty={items.connection?.nodes.length === 0}
            emptyText={areaId ? t('emptyFiltered') : t('empty')}
            onRetry={items.refetch}
          >
            <Stack>
              {items.connection?.nodes.map((item) => (
                <ItemCard
                  key={item.id}
                  collaborationId={collaborationId}
                  item={item}
                  area={context.areasById.get(item.areaId)}
                  organizationNames={context.organizationNames}
                  canAct={canAct}
                  onNewVersion={() => setDialog({ kind: 'version', item })}
                  onShare={(from) => setDialog({ kind: 'share', item, from })}
                />
              ))}
            </Stack>
            <LoadMore {...items.more} />
          </QueryState>
        </Stack>
      </QueryState>

      {participation && (dialog?.kind === 'create' || dialog?.kind === 'version') && (
        <ItemEditor
          participationId={participation.id}
          areas={context.areas}
          item={dialog.kind === 'version' ? dialog.item : undefined}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'share' && (
        <DisclosureRequestDialog
          item={dialog.item}
          area={context.areasById.get(dialog.item.areaId)}
          recipients={context.recipients}
          organizationNames={context.organizationNames}
          initial={dialog.from}
          onClose={() => setDialog(null)}
        />
      )}
    </>
  );
}
