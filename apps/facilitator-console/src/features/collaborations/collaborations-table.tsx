import { useFormat } from '@alianza/i18n';
import { EnumBadge, ResponsiveTable } from '@alianza/ui';
import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { Link } from 'react-router';
import type { ConsoleCollaborationRowFragment } from './collaborations.generated';
import { NeedsSummary } from './needs-summary';

export function CollaborationsTable(props: {
  collaborations: readonly ConsoleCollaborationRowFragment[];
}) {
  const { t } = useT('collaborations');
  const format = useFormat();
  return (
    <ResponsiveTable
      label={t('table.caption')}
      minWidth={760}
      tableProps={{ verticalSpacing: 'sm', highlightOnHover: true }}
      rows={props.collaborations}
      rowKey={(collaboration) => collaboration.id}
      columns={[
        {
          key: 'title',
          header: t('table.title'),
          primary: true,
          cell: (collaboration) => (
            <Stack gap={2}>
              <Anchor component={Link} to={`/c/${collaboration.id}`} fw={600}>
                {collaboration.title}
              </Anchor>
              {collaboration.objective && (
                <Text size="sm" c="dimmed" lineClamp={1}>
                  {collaboration.objective}
                </Text>
              )}
            </Stack>
          ),
        },
        {
          key: 'status',
          header: t('table.status'),
          th: { w: 140 },
          cell: (collaboration) => (
            <Group gap={4}>
              <EnumBadge enum="CollaborationStatus" value={collaboration.status} />
              {collaboration.previousCollaborationId && (
                <Badge variant="outline" color="gray" size="sm">
                  {t('followUp')}
                </Badge>
              )}
            </Group>
          ),
        },
        {
          key: 'needs',
          header: t('table.needs'),
          cell: (collaboration) => <NeedsSummary collaborationId={collaboration.id} />,
        },
        {
          key: 'created',
          header: t('table.created'),
          th: { w: 130 },
          cell: (collaboration) => <Text size="sm">{format.date(collaboration.createdAt)}</Text>,
        },
      ]}
    />
  );
}
