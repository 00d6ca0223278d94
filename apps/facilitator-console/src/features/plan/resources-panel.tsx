import { EmptyState, EnumBadge, useAction } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Badge, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import type { ResourceKind } from '@alianza/graphql-client/types';
import { ConfirmRemoveModal } from './confirm-remove-modal';
import {
  ConsolePlanDocument,
  useConsoleRemoveResourceMutation,
  type ConsolePlanResourceFragment,
} from './plan.generated';
import { ResourceFormModal } from './resource-form-modal';
import { RowActions } from './row-actions';
import type { PlanModel } from './use-plan';

type KindFilter = 'ALL' | ResourceKind;

/** Resources available and needed at each milestone; confidential details only where visible. */
export function ResourcesPanel(props: { model: PlanModel; actions?: ReactNode }) {
  const { t } = useT('plan');
  const format = useFormat();
  const [kind, setKind] = useState<KindFilter>('ALL');
  const run = useAction();
  const [dialog, setDialog] = useState<{
    kind: 'edit' | 'remove';
    resource: ConsolePlanResourceFragment;
  } | null>(null);
  const close = () => setDialog(null);
  const [remove] = useConsoleRemoveResourceMutation({
    refetchQueries: [ConsolePlanDocument],
    awaitRefetchQueries: true,
  });
  const { model } = props;
  const rows = model.milestones.flatMap((m) =>
    m.resources
      .filter((r) => kind === 'ALL' || r.kind === kind)
      .map((r) => ({ resource: r, milestone: m })),
  );
  const hidden = t('resources.hidden');
  return (
    <Stack>
      <Group justify="space-between">
        <SegmentedControl
          aria-label={t('resources.filter')}
          value={kind}
          onChange={(v) => setKind(v as KindFilter)}
          data={[
            { value: 'ALL', label: t('resources.all') },
            { value: 'AVAILABLE', label: t('resources.available') },
            { value: 'NEEDED', label: t('resources.needed') },
          ]}
        />
        {props.actions}
      </Group>
      {rows.length === 0 ? (
        <EmptyState text={t('resources.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped verticalSpacing="xs">
            <Table.Caption>{t('resources.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('resources.milestone')}</Table.Th>
                <Table.Th>{t('resources.kind')}</Table.Th>
                <Table.Th>{t('resources.description')}</Table.Th>
                <Table.Th>{t('resources.provider')}</Table.Th>
                <Table.Th ta="right">{t('resources.quantity')}</Table.Th>
                <Table.Th ta="right">{t('resources.value')}</Table.Th>
                {!model.readOnly && <Table.Th w={80}>{t('resources.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ resource: r, milestone }) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{milestone.title}</Table.Td>
                  <Table.Td>
                    <EnumBadge enum="ResourceKind" value={r.kind} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm">{r.detailsVisible ? r.description : hidden}</Text>
                      {r.confidential && (
                        <Badge
                          size="xs"
                          color="grape"
                          variant="light"
                          leftSection={<IconLock size={10} aria-hidden />}
                        >
                          {t('resources.confidential')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {!r.detailsVisible
                      ? hidden
                      : r.providerOrganizationId
                        ? model.organizationName(r.providerOrganizationId)
                        : t('resources.noProvider')}
                  </Table.Td>
                  <Table.Td ta="right">
                    {!r.detailsVisible
                      ? hidden
                      : r.quantity !== null
                        ? `${format.number(r.quantity)}${r.unit ? ` ${r.unit}` : ''}`
                        : t('none')}
                  </Table.Td>
                  <Table.Td ta="right">
                    {!r.detailsVisible
                      ? hidden
                      : r.value !== null && r.currency
                        ? format.money(r.value, r.currency)
                        : t('none')}
                  </Table.Td>
                  {!model.readOnly && (
                    <Table.Td>
                      <RowActions
                        editLabel={t('resources.edit', { description: r.description ?? '' })}
                        removeLabel={t('resources.remove', { description: r.description ?? '' })}
                        onEdit={() => setDialog({ kind: 'edit', resource: r })}
                        onRemove={() => setDialog({ kind: 'remove', resource: r })}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {dialog?.kind === 'edit' && (
        <ResourceFormModal model={model} resource={dialog.resource} opened onClose={close} />
      )}
      {dialog?.kind === 'remove' && (
        <ConfirmRemoveModal
          title={t('remove.resourceTitle')}
          message={t('remove.resourceMessage')}
          onClose={close}
          onConfirm={async () =>
            !!(await run(
              () => remove({ variables: { resourceId: dialog.resource.id } }),
              t('remove.resourceDone'),
            ))
          }
        />
      )}
    </Stack>
  );
}
