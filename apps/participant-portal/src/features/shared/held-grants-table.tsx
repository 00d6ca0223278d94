import { useFormat } from '@alianza/i18n';
import { ResponsiveTable } from '@alianza/ui';
import { Badge, Group, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { PortalSharedGrantFragment } from './shared.generated';

const SOON_MS = 7 * 24 * 60 * 60 * 1000;

/** Whether a grant ends within a week (from `now`). */
export function expiresSoon(validUntil: string | null, now = Date.now()): boolean {
  if (!validUntil) return false;
  const left = new Date(validUntil).getTime() - now;
  return left > 0 && left <= SOON_MS;
}

/** The access our organization holds: what, from whom, its reference and until when. */
export function HeldGrantsTable({ grants }: { grants: PortalSharedGrantFragment[] }) {
  const { t } = useT('shared');
  const format = useFormat();
  return (
    <ResponsiveTable
      caption={t('grants.note')}
      minWidth={760}
      tableProps={{ striped: true, highlightOnHover: true, verticalSpacing: 'xs' }}
      rows={grants}
      rowKey={(grant) => grant.grantId}
      columns={[
        {
          key: 'item',
          header: t('grants.item'),
          primary: true,
          cell: (grant) => (
            <Text size="sm" fw={500}>
              {grant.title}
            </Text>
          ),
        },
        { key: 'owner', header: t('grants.owner'), cell: (grant) => grant.ownerOrganizationName },
        { key: 'area', header: t('grants.area'), cell: (grant) => grant.areaName },
        {
          key: 'reference',
          header: t('grants.reference'),
          cell: (grant) => (
            <Text size="sm" ff="monospace">
              {grant.reference}
            </Text>
          ),
        },
        {
          key: 'granted',
          header: t('grants.granted'),
          cell: (grant) => format.date(grant.grantedAt),
        },
        {
          key: 'expires',
          header: t('grants.expires'),
          cell: (grant) => (
            <Group gap={6}>
              <Text size="sm">
                {grant.validUntil ? format.date(grant.validUntil) : t('grants.never')}
              </Text>
              {expiresSoon(grant.validUntil) && (
                <Badge color="orange" variant="light" size="xs">
                  {t('grants.expiresSoon')}
                </Badge>
              )}
            </Group>
          ),
        },
      ]}
    />
  );
}
