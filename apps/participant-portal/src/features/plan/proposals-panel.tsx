import { EmptyState, EnumBadge } from '@alianza/ui';
import { Badge, Table, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { Proposal } from './plan-helpers';

/** Milestones and tasks proposed to the facilitator, and what became of them. */
export function ProposalsPanel(props: { proposals: readonly Proposal[] }) {
  const { t } = useT('plan');
  if (props.proposals.length === 0) return <EmptyState text={t('proposals.empty')} />;
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('proposals.columns.kind')}</Table.Th>
            <Table.Th>{t('proposals.columns.title')}</Table.Th>
            <Table.Th>{t('proposals.columns.milestone')}</Table.Th>
            <Table.Th>{t('proposals.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.proposals.map((p) => (
            <Table.Tr key={`${p.kind}-${p.id}`}>
              <Table.Td>
                <Text size="sm">{t(`proposals.kind.${p.kind}`)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm" fw={600} span>
                  {p.title}
                </Text>
                {p.byUs && (
                  <Badge ml="xs" size="xs" variant="outline">
                    {t('proposals.byUs')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                <Text size="sm">{p.milestoneTitle ?? t('proposals.none')}</Text>
              </Table.Td>
              <Table.Td>
                <EnumBadge enum="ProposalStatus" value={p.status} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
