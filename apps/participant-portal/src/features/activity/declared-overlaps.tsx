import { EmptyState } from '@alianza/ui';
import { useFormat } from '@alianza/i18n';
import { Card, List, Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';

export interface DeclaredOverlap {
  id: string;
  areaId: string;
  organizationIds: string[];
  sharedNote: string;
  createdAt: string;
}

/**
 * The overlaps the facilitator declared that involve our organization (the API returns no
 * others): with whom, in which area, and what the facilitator wrote for us (its own note on
 * the overlap never reaches the portal).
 */
export function DeclaredOverlaps(props: {
  overlaps: DeclaredOverlap[];
  areaNames: Map<string, string>;
  organizationNames: Map<string, string>;
  ownOrganizationIds: string[];
}) {
  const { t } = useT('activity');
  const format = useFormat();
  const { overlaps, areaNames, organizationNames, ownOrganizationIds } = props;
  const list = new Intl.ListFormat(format.locale, { style: 'long', type: 'conjunction' });
  return (
    <Card withBorder padding="md">
      <Title order={2} size="h4">
        {t('declared.heading')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('declared.intro')}
      </Text>
      {overlaps.length === 0 ? (
        <EmptyState text={t('declared.empty')} />
      ) : (
        <List spacing="sm" listStyleType="none">
          {overlaps.map((overlap) => {
            const others = overlap.organizationIds
              .filter((id) => !ownOrganizationIds.includes(id))
              .map((id) => organizationNames.get(id) ?? t('declared.unknownOrganization'));
            return (
              <List.Item key={overlap.id}>
                <Stack gap={2}>
                  <Text size="sm" fw={600}>
                    {t('declared.with', {
                      organizations: list.format(others),
                      area: areaNames.get(overlap.areaId) ?? '—',
                    })}
                  </Text>
                  {overlap.sharedNote && <Text size="sm">{overlap.sharedNote}</Text>}
                  <Text size="xs" c="dimmed">
                    {t('declared.since', { date: format.date(overlap.createdAt) })}
                  </Text>
                </Stack>
              </List.Item>
            );
          })}
        </List>
      )}
    </Card>
  );
}
