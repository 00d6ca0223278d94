import { useFormat } from '@alianza/i18n';
import { Button, Table, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { MatrixOverlap } from './overlap-cells';

/** The overlaps of one area as a list: pairs and groups, with your note and the parties' text. */
export function OverlapList(props: {
  overlaps: readonly (MatrixOverlap & { createdAt: string })[];
  names: (overlap: MatrixOverlap) => string;
  canChange: boolean;
  onRemove: (overlap: MatrixOverlap) => void;
}) {
  const { t } = useT('areas');
  const format = useFormat();
  if (props.overlaps.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('overlaps.none')}
      </Text>
    );
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={t('overlaps.listLabel')} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('overlaps.organizations')}</Table.Th>
            <Table.Th>{t('overlaps.note')}</Table.Th>
            <Table.Th>{t('overlaps.sharedNote')}</Table.Th>
            <Table.Th w={130}>{t('overlaps.declaredAt')}</Table.Th>
            {props.canChange && <Table.Th w={100}>{t('overlaps.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.overlaps.map((overlap) => {
            const names = props.names(overlap);
            return (
              <Table.Tr key={overlap.id}>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {names}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <NoteText text={overlap.note} empty={t('overlaps.noNote')} />
                </Table.Td>
                <Table.Td>
                  <NoteText text={overlap.sharedNote} empty={t('overlaps.noSharedNote')} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{format.date(overlap.createdAt)}</Text>
                </Table.Td>
                {props.canChange && (
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={t('overlaps.removeLabel', { names })}
                      onClick={() => props.onRemove(overlap)}
                    >
                      {t('overlaps.remove')}
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function NoteText(props: { text: string | null; empty: string }) {
  return (
    <Text size="sm" c={props.text ? undefined : 'dimmed'}>
      {props.text || props.empty}
    </Text>
  );
}
