import { Group, Table, Text, UnstyledButton } from '@mantine/core';
import { IconCheck, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import {
  cellOf,
  overlapCells,
  type MatrixOrganization,
  type MatrixOverlap,
  type OverlapCell,
  type OverlapCellState,
} from './overlap-cells';

const CELL_SIZE = 40;

const LOOK: Record<OverlapCellState, { bg: string; color: string; border: string }> = {
  self: {
    bg: 'var(--mantine-color-gray-2)',
    color: 'var(--mantine-color-gray-5)',
    border: 'var(--mantine-color-gray-3)',
  },
  none: {
    bg: 'var(--mantine-color-white)',
    color: 'var(--mantine-color-gray-5)',
    border: 'var(--mantine-color-gray-4)',
  },
  declared: {
    bg: 'var(--mantine-color-orange-6)',
    color: 'var(--mantine-color-white)',
    border: 'var(--mantine-color-orange-7)',
  },
  group: {
    bg: 'var(--mantine-color-orange-1)',
    color: 'var(--mantine-color-orange-8)',
    border: 'var(--mantine-color-orange-4)',
  },
};

/** The organizations' names stay in view while a narrow screen scrolls the grid sideways. */
const STICKY = {
  position: 'sticky',
  left: 0,
  zIndex: 1,
  background: 'var(--mantine-color-body)',
} as const;

const ARROWS: Record<string, [number, number]> = {
  ArrowRight: [0, 1],
  ArrowLeft: [0, -1],
  ArrowDown: [1, 0],
  ArrowUp: [-1, 0],
};

/**
 * Organization × organization grid of one area's overlaps. Symmetric: the cell (A, B) and its
 * mirror (B, A) show the same state and toggle the same pair. The diagonal is disabled. Each
 * cell is a button named "Overlap between A and B: declared"; arrow keys move between cells.
 */
export function OverlapMatrix(props: {
  organizations: readonly MatrixOrganization[];
  overlaps: readonly MatrixOverlap[];
  onToggle: (pair: readonly [MatrixOrganization, MatrixOrganization], cell: OverlapCell) => void;
  /** Names the grid for assistive technology, e.g. the area's name. */
  label: string;
  /** Read only (e.g. a closed collaboration): every cell is disabled. */
  disabled?: boolean;
}) {
  const { t } = useT('areas');
  const cells = useMemo(() => overlapCells(props.overlaps), [props.overlaps]);
  const size = props.organizations.length;
  const moveFocus = (event: KeyboardEvent<HTMLTableElement>) => {
    const step = ARROWS[event.key];
    const target = event.target as HTMLElement;
    const row = Number(target.dataset['row']);
    const col = Number(target.dataset['col']);
    if (!step || Number.isNaN(row) || Number.isNaN(col)) return;
    event.preventDefault();
    let [r, c] = [row + step[0], col + step[1]];
    while (r >= 0 && c >= 0 && r < size && c < size) {
      const next = event.currentTarget.querySelector<HTMLButtonElement>(
        `button[data-row="${r}"][data-col="${c}"]`,
      );
      if (next && !next.disabled) {
        next.focus();
        return;
      }
      [r, c] = [r + step[0], c + step[1]];
    }
  };
  return (
    // The browser's own sideways scroll: a swipe moves the grid on a phone, while the sticky first
    // column keeps the organizations' names in view.
    <Table.ScrollContainer type="native" minWidth={180 + size * (CELL_SIZE + 72)}>
      <Table
        aria-label={props.label}
        onKeyDown={moveFocus}
        withTableBorder
        withColumnBorders
        style={{ width: 'auto' }}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Td style={STICKY} />
            {props.organizations.map((organization) => (
              <Table.Th key={organization.id} scope="col" ta="center" maw={140} fz="xs">
                <OrganizationName organization={organization} />
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.organizations.map((rowOrganization, row) => (
            <Table.Tr key={rowOrganization.id}>
              <Table.Th scope="row" fz="xs" maw={200} style={STICKY}>
                <OrganizationName organization={rowOrganization} />
              </Table.Th>
              {props.organizations.map((colOrganization, col) => {
                const cell = cellOf(cells, rowOrganization.id, colOrganization.id);
                const look = LOOK[cell.state];
                const label =
                  cell.state === 'self'
                    ? t('matrix.self', { name: rowOrganization.name })
                    : t('matrix.cell', {
                        a: rowOrganization.name,
                        b: colOrganization.name,
                        state: t(`matrix.state.${cell.state}`),
                      });
                return (
                  <Table.Td key={colOrganization.id} ta="center" p={6}>
                    <UnstyledButton
                      data-row={row}
                      data-col={col}
                      aria-label={label}
                      aria-pressed={cell.state === 'self' ? undefined : cell.state !== 'none'}
                      title={label}
                      disabled={cell.state === 'self' || props.disabled}
                      onClick={() =>
                        onCellClick(props.onToggle, rowOrganization, colOrganization, cell)
                      }
                      style={{
                        width: CELL_SIZE,
                        height: CELL_SIZE,
                        borderRadius: 'var(--mantine-radius-sm)',
                        border: `1px solid ${look.border}`,
                        background: look.bg,
                        color: look.color,
                        display: 'inline-flex',
                        alignItems: 'center',
                        justifyContent: 'center',
                        cursor: cell.state === 'self' || props.disabled ? 'not-allowed' : 'pointer',
                      }}
                    >
                      {cell.state === 'declared' && <IconCheck size={18} aria-hidden />}
                      {cell.state === 'group' && <IconUsersGroup size={18} aria-hidden />}
                    </UnstyledButton>
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function onCellClick(
  onToggle: (pair: readonly [MatrixOrganization, MatrixOrganization], cell: OverlapCell) => void,
  a: MatrixOrganization,
  b: MatrixOrganization,
  cell: OverlapCell,
) {
  if (cell.state !== 'self') onToggle([a, b], cell);
}

function OrganizationName(props: { organization: MatrixOrganization }) {
  return (
    <>
      <Text span fz="xs" fw={600} display="block">
        {props.organization.name}
      </Text>
      {props.organization.hint && (
        <Text span fz="xs" c="dimmed" display="block">
          {props.organization.hint}
        </Text>
      )}
    </>
  );
}

/** What each look of a cell means. */
export function OverlapLegend() {
  const { t } = useT('areas');
  const states: OverlapCellState[] = ['declared', 'group', 'none', 'self'];
  return (
    <Group gap="lg">
      {states.map((state) => (
        <Group key={state} gap={6}>
          <span
            aria-hidden
            style={{
              width: 16,
              height: 16,
              borderRadius: 4,
              border: `1px solid ${LOOK[state].border}`,
              background: LOOK[state].bg,
              display: 'inline-block',
            }}
          />
          <Text size="xs" c="dimmed">
            {t(`matrix.legend.${state}`)}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
