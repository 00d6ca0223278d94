import { useFormat } from '@alianza/i18n';
import { Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import type { FinalStatementFieldsFragment } from '@alianza/graphql-client';

/** For a follow-up: what the closed collaboration achieved and its final balance. */
export function OpeningContextCard(props: {
  statement: FinalStatementFieldsFragment;
  /** The closed collaboration's title, when it can be read. */
  previousTitle?: string;
  /** The closed collaboration's currency when it valued in money; points otherwise. */
  currency?: string | null;
  organizationName: (id: string) => string | undefined;
}) {
  const { t } = useT('overview');
  const format = useFormat();
  const { statement } = props;
  const date = format.date(statement.closedAt);
  const title = props.previousTitle ?? statement.collaboration.title;
  // With its unit: the currency, or points.
  const amount = (value: string) =>
    props.currency
      ? format.money(value, props.currency)
      : t('context.points', { value: format.number(value, 2) });
  return (
    <Card withBorder padding="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('context.heading')}
        </Title>
        <>
          <Text size="sm">
            {title ? t('context.intro', { title, date }) : t('context.introUntitled', { date })}
          </Text>
          {statement.collaboration.objective && (
            <Text size="sm" c="dimmed">
              {statement.collaboration.objective}
            </Text>
          )}
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Figure
              label={t('context.milestones')}
              value={t('context.milestonesValue', {
                done: statement.plan.milestonesDone,
                total: statement.plan.milestonesTotal,
              })}
            />
            <Figure
              label={t('context.objectives')}
              value={String(statement.plan.objectives.length)}
            />
            <Figure label={t('context.evaluations')} value={String(statement.evaluations.length)} />
            <Figure
              label={t('context.missingEvaluations')}
              value={String(statement.missingEvaluations.length)}
            />
          </SimpleGrid>
          {statement.overrideReason && (
            <Text size="sm" c="orange">
              {t('context.override', { reason: statement.overrideReason })}
            </Text>
          )}
          {statement.plan.objectives.length > 0 && (
            <Text size="sm">
              {statement.plan.objectives.map((objective) => objective.title).join(' · ')}
            </Text>
          )}
          {statement.balances.organizations.length > 0 && (
            <Table.ScrollContainer minWidth={480}>
              <Table aria-label={t('context.balances')} withTableBorder>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('context.organization')}</Table.Th>
                    <Table.Th ta="right">{t('context.given')}</Table.Th>
                    <Table.Th ta="right">{t('context.received')}</Table.Th>
                    <Table.Th ta="right">{t('context.net')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {statement.balances.organizations.map((row) => (
                    <Table.Tr key={row.organizationId}>
                      <Table.Td>
                        {props.organizationName(row.organizationId) ??
                          t('context.formerParticipant')}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {amount(row.given)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {amount(row.received)}
                      </Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {amount(row.net)}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <Group>
            <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
              {t('context.hash', { hash: statement.hash })}
            </Text>
          </Group>
        </>
      </Stack>
    </Card>
  );
}

function Figure(props: { label: string; value: string }) {
  return (
    <div>
      <Text fw={700} size="lg">
        {props.value}
      </Text>
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
    </div>
  );
}
