import {
  Box,
  Card,
  Group,
  Stack,
  Table,
  Text,
  type TableProps,
  type TableTdProps,
  type TableThProps,
} from '@mantine/core';
import type { ReactNode } from 'react';
import { useNarrowScreen } from './narrow-screen';

/** One column of a `ResponsiveTable`. */
export interface ResponsiveColumn<Row> {
  /** Stable key of the column. */
  readonly key: string;
  /** The column's header; on a phone, the label before the value. */
  readonly header: ReactNode;
  readonly cell: (row: Row) => ReactNode;
  /** On a phone: the card's heading (shown first, without label), e.g. the item's title. */
  readonly primary?: boolean;
  /** Actions (buttons): on a phone they close the card, unlabelled, wrapping instead of clipped. */
  readonly actions?: boolean;
  /** Layout of the header cell at desktop width (w, miw, ta…). */
  readonly th?: TableThProps;
  /** Layout of the body cells at desktop width. */
  readonly td?: TableTdProps;
}

/**
 * A table at desktop width, a list of cards below the `sm` breakpoint (ADR 0042): each row a
 * card with its primary column as heading, the other columns as label/value lines, and its
 * actions at the foot. Columns may be `false` (left out), as in `canEdit && { … }`.
 */
export function ResponsiveTable<Row>(props: {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: readonly (ResponsiveColumn<Row> | false | null | undefined)[];
  /** Names the table (or the list) for assistive technology. */
  label?: string;
  /** A note above the table or the list. */
  caption?: ReactNode;
  /** Below this width the table scrolls sideways inside its container (desktop). */
  minWidth?: number;
  /** Look of the desktop table (striped, highlightOnHover, verticalSpacing…). */
  tableProps?: Omit<TableProps, 'children'>;
}) {
  const narrow = useNarrowScreen();
  const columns = props.columns.filter((c): c is ResponsiveColumn<Row> => !!c);
  if (narrow) return <CardList {...props} columns={columns} />;
  const table = (
    <Table {...props.tableProps} aria-label={props.label} captionSide="top">
      {props.caption && <Table.Caption ta="left">{props.caption}</Table.Caption>}
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.key} scope="col" {...column.th}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((row) => (
          <Table.Tr key={props.rowKey(row)}>
            {columns.map((column) => (
              <Table.Td key={column.key} {...column.td}>
                {column.cell(row)}
              </Table.Td>
            ))}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
  return props.minWidth ? (
    <Table.ScrollContainer minWidth={props.minWidth}>{table}</Table.ScrollContainer>
  ) : (
    table
  );
}

function CardList<Row>(props: {
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  columns: readonly ResponsiveColumn<Row>[];
  label?: string;
  caption?: ReactNode;
}) {
  const primary = props.columns.filter((c) => c.primary);
  const lines = props.columns.filter((c) => !c.primary && !c.actions);
  const actions = props.columns.filter((c) => c.actions);
  return (
    <Stack gap="xs">
      {props.caption && (
        <Text size="sm" c="dimmed">
          {props.caption}
        </Text>
      )}
      <Stack
        component="ul"
        gap="xs"
        aria-label={props.label}
        style={{ listStyle: 'none', margin: 0, padding: 0 }}
      >
        {props.rows.map((row) => (
          <Card key={props.rowKey(row)} component="li" withBorder padding="sm">
            <Stack gap={6}>
              {primary.map((column) => (
                <Box key={column.key}>{column.cell(row)}</Box>
              ))}
              {lines.length > 0 && (
                <Box
                  component="dl"
                  m={0}
                  style={{
                    display: 'grid',
                    gridTemplateColumns: 'minmax(5.5rem, 35%) minmax(0, 1fr)',
                    columnGap: 'var(--mantine-spacing-sm)',
                    rowGap: 4,
                    alignItems: 'baseline',
                  }}
                >
                  {lines.map((column) => (
                    <LabelledValue key={column.key} label={column.header}>
                      {column.cell(row)}
                    </LabelledValue>
                  ))}
                </Box>
              )}
              {actions.map((column) => (
                <Group key={column.key} gap="xs" wrap="wrap">
                  {column.cell(row)}
                </Group>
              ))}
            </Stack>
          </Card>
        ))}
      </Stack>
    </Stack>
  );
}

function LabelledValue(props: { label: ReactNode; children: ReactNode }) {
  return (
    <>
      <Text component="dt" size="xs" c="dimmed">
        {props.label}
      </Text>
      <Box component="dd" m={0} fz="sm" style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
        {props.children}
      </Box>
    </>
  );
}
