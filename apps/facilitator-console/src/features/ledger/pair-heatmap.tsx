import { Table, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import { buildPairMatrix, heatColor, type PairBalanceLike } from './pair-matrix';

/** Who gave what to whom: givers in rows, receivers in columns, darker = more. */
export function PairHeatmap(props: {
  pairs: readonly PairBalanceLike[];
  organizations: readonly { id: string; name: string }[];
  /** An exact amount in the ledger's scale. */
  amount: (value: string) => string;
}) {
  const { t } = useT('ledger');
  const matrix = useMemo(
    () =>
      buildPairMatrix(
        props.pairs,
        props.organizations,
        t('wholeCollaboration'),
        t('unknownOrganization'),
      ),
    [props.pairs, props.organizations, t],
  );
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table withTableBorder withColumnBorders captionSide="top" layout="fixed">
        <Table.Caption>
          <Text size="sm" ta="left" c="dimmed">
            {t('matrix.caption')}
          </Text>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w={180}>
              {t('matrix.corner')}
            </Table.Th>
            {matrix.receivers.map((r) => (
              <Table.Th key={r.id ?? 'whole'} scope="col" ta="center">
                {r.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matrix.givers.map((giver, i) => (
            <Table.Tr key={giver.id}>
              <Table.Th scope="row">{giver.name}</Table.Th>
              {matrix.rows[i].map((cell) => {
                if (cell.self)
                  return (
                    <Table.Td
                      key={cell.receiverId ?? 'whole'}
                      ta="center"
                      bg="var(--mantine-color-gray-1)"
                      c="dimmed"
                      aria-label={t('matrix.self')}
                    >
                      {t('matrix.selfMark')}
                    </Table.Td>
                  );
                const colors = heatColor(cell.intensity);
                return (
                  <Table.Td
                    key={cell.receiverId ?? 'whole'}
                    ta="center"
                    style={
                      cell.intensity > 0
                        ? { background: colors.background, color: colors.color }
                        : undefined
                    }
                    fw={cell.intensity > 0 ? 600 : 400}
                    c={cell.intensity > 0 ? undefined : 'dimmed'}
                  >
                    {props.amount(cell.value)}
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
