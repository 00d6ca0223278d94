import { useFormat } from '@alianza/i18n';
import { Badge, Group, Table, Text } from '@mantine/core';
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
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="xs" captionSide="top">
        <Table.Caption ta="left">{t('grants.note')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('grants.item')}</Table.Th>
            <Table.Th scope="col">{t('grants.owner')}</Table.Th>
            <Table.Th scope="col">{t('grants.area')}</Table.Th>
            <Table.Th scope="col">{t('grants.reference')}</Table.Th>
            <Table.Th scope="col">{t('grants.granted')}</Table.Th>
            <Table.Th scope="col">{t('grants.expires')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {grants.map((grant) => (
            <Table.Tr key={grant.grantId}>
              <Table.Td>
                <Text size="sm" fw={500}>
                  {grant.title}
                </Text>
              </Table.Td>
              <Table.Td>{grant.ownerOrganizationName}</Table.Td>
              <Table.Td>{grant.areaName}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {grant.reference}
                </Text>
              </Table.Td>
              <Table.Td>{format.date(grant.grantedAt)}</Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text size="sm">
                    {grant.validUntil ? format.date(grant.validUntil) : t('grants.never')}
                  </Text>
                  {expiresSoon(grant.validUntil) && (
                    <Badge color="orange" variant="light" size="xs">
                      {t('grants.expiresSoon')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
