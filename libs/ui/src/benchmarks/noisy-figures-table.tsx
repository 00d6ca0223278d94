import { Table } from '@mantine/core';

/** One published figure of a round with noise added, already named in the reader's words. */
export interface NoisyFigureRow {
  key: string;
  name: string;
  value: number;
  margin95: number;
  /** The margin is typical (quantiles) rather than a bound for any values (the mean). */
  typical?: boolean;
}

/**
 * The noisy figures of a differentially private round, each with its margin ("±X"), for both
 * web apps; the words come from the caller's messages.
 */
export function NoisyFiguresTable(props: {
  rows: NoisyFigureRow[];
  caption: string;
  labels: { figure: string; value: string; margin: string; typically?: string };
  format: (value: number) => string;
}) {
  const { labels } = props;
  return (
    <Table withTableBorder>
      <Table.Caption>{props.caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{labels.figure}</Table.Th>
          <Table.Th scope="col">{labels.value}</Table.Th>
          <Table.Th scope="col">{labels.margin}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {props.rows.map((row) => (
          <Table.Tr key={row.key}>
            <Table.Th scope="row">{row.name}</Table.Th>
            <Table.Td>{props.format(row.value)}</Table.Td>
            <Table.Td>
              ±{props.format(row.margin95)}
              {row.typical && labels.typically && ` (${labels.typically})`}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
