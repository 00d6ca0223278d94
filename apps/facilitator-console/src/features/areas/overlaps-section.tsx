import { useFormat } from '@alianza/i18n';
import { EnumBadge } from '@alianza/ui';
import { Alert, Button, Card, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useT } from '../../i18n';
import type { ConsoleAreaFragment, ConsoleOverlapFragment } from './areas.generated';
import { DeclareOverlapModal } from './declare-overlap-modal';
import type { MatrixOrganization, MatrixOverlap, OverlapCell } from './overlap-cells';
import { OverlapList } from './overlap-list';
import { OverlapLegend, OverlapMatrix } from './overlap-matrix';
import { GroupOverlapModal, RemoveOverlapModal } from './remove-overlap-modal';

type Pair = readonly [MatrixOrganization, MatrixOrganization];

/** Pick an area, see and change its overlaps in the matrix, list them, declare groups. */
export function OverlapsSection(props: {
  areas: readonly ConsoleAreaFragment[];
  overlaps: readonly ConsoleOverlapFragment[];
  organizations: readonly MatrixOrganization[];
  /** Names of every organization ever in the collaboration, for overlaps of former ones. */
  organizationName: (id: string) => string | undefined;
  canChange: boolean;
}) {
  const { t } = useT('areas');
  const format = useFormat();
  const [areaId, setAreaId] = useState<string | null>(null);
  // Until one is picked: the first area with overlaps, else the first area.
  const area =
    props.areas.find((a) => a.id === areaId) ??
    props.areas.find((a) => props.overlaps.some((overlap) => overlap.areaId === a.id)) ??
    props.areas[0];
  const areaOverlaps = useMemo(
    () => props.overlaps.filter((overlap) => overlap.areaId === area?.id),
    [props.overlaps, area],
  );
  const [declaring, setDeclaring] = useState<{ pair: Pair | null } | null>(null);
  const [removing, setRemoving] = useState<MatrixOverlap | null>(null);
  const [inGroup, setInGroup] = useState<{ pair: Pair; groups: MatrixOverlap[] } | null>(null);
  const list = useMemo(
    () => new Intl.ListFormat(format.locale, { style: 'long', type: 'conjunction' }),
    [format.locale],
  );
  const collator = useMemo(() => new Intl.Collator(format.locale), [format.locale]);
  const names = (overlap: MatrixOverlap) =>
    list.format(
      overlap.organizationIds
        .map((id) => props.organizationName(id) ?? t('overlaps.formerParticipant'))
        .sort(collator.compare),
    );
  const toggle = (pair: Pair, cell: OverlapCell) => {
    if (cell.state === 'none') setDeclaring({ pair });
    else if (cell.state === 'declared' && cell.pairOverlaps[0]) setRemoving(cell.pairOverlaps[0]);
    else if (cell.state === 'group') setInGroup({ pair, groups: [...cell.groupOverlaps] });
  };
  if (!area) return null;
  return (
    <Card withBorder padding="md">
      <Stack>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div style={{ flex: 1 }}>
            <Title order={2} size="h4">
              {t('overlaps.heading')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('overlaps.intro')}
            </Text>
          </div>
          {props.canChange && props.organizations.length >= 2 && (
            <Button
              variant="light"
              leftSection={<IconUsersGroup size={16} aria-hidden />}
              onClick={() => setDeclaring({ pair: null })}
            >
              {t('overlaps.group')}
            </Button>
          )}
        </Group>
        <Group align="flex-end" gap="sm">
          <Select
            label={t('overlaps.area')}
            data={props.areas.map((a) => {
              const count = props.overlaps.filter((overlap) => overlap.areaId === a.id).length;
              return {
                value: a.id,
                label: count ? t('overlaps.areaOption', { name: a.name, count }) : a.name,
              };
            })}
            value={area.id}
            onChange={(value) => value && setAreaId(value)}
            allowDeselect={false}
            w={320}
          />
          <EnumBadge enum="AreaSensitivity" value={area.sensitivity} size="md" />
        </Group>
        {!props.canChange && (
          <Alert color="gray" variant="light">
            <Text size="sm">{t('overlaps.closed')}</Text>
          </Alert>
        )}
        {props.organizations.length < 2 ? (
          <Text size="sm" c="dimmed">
            {t('overlaps.tooFew')}
          </Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm">{t('overlaps.participantsHint')}</Text>
            <OverlapMatrix
              label={t('overlaps.matrixLabel', { area: area.name })}
              organizations={props.organizations}
              overlaps={areaOverlaps}
              onToggle={toggle}
              disabled={!props.canChange}
            />
            <OverlapLegend />
          </Stack>
        )}
        <Title order={3} size="h5" mt="sm">
          {t('overlaps.listHeading', { area: area.name })}
        </Title>
        <OverlapList
          overlaps={areaOverlaps}
          names={names}
          canChange={props.canChange}
          onRemove={setRemoving}
        />
      </Stack>
      <DeclareOverlapModal
        opened={declaring !== null}
        onClose={() => setDeclaring(null)}
        area={area}
        organizations={props.organizations}
        pair={declaring?.pair}
      />
      <RemoveOverlapModal
        overlap={removing}
        areaName={area.name}
        names={names}
        onClose={() => setRemoving(null)}
      />
      <GroupOverlapModal
        pair={inGroup?.pair ?? null}
        groups={inGroup?.groups ?? []}
        names={names}
        onClose={() => setInGroup(null)}
        onRemove={(group) => {
          setInGroup(null);
          setRemoving(group);
        }}
      />
    </Card>
  );
}
