import { useFormat } from '@alianza/i18n';
import { EnumBadge, formatLedgerAmount, type LedgerScale } from '@alianza/ui';
import { Alert, Blockquote, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconScale, IconShieldLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from '../../i18n';
import { useFileLocationText } from './file-leaks';
import type { ConsoleDisclosureReviewQuery } from './queue.generated';
import { useAudienceText, useRedactionSummary } from './request-flags';
import type { QueueDirectory } from './use-queue-directory';

/** Before the ledger is set up, values are points. */
const NO_LEDGER: LedgerScale = { valuationScale: 'POINTS', currency: null };

export type ReviewRequest = ConsoleDisclosureReviewQuery['disclosureRequest'];

/** Who asks what for whom, and the warnings to weigh before deciding. */
export function RequestSummary(props: { request: ReviewRequest; directory: QueueDirectory }) {
  const { t } = useT('queue');
  const format = useFormat();
  const audience = useAudienceText(props.directory);
  const redaction = useRedactionSummary();
  const { request, directory } = props;
  const area = directory.area(request.areaId);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
        <Meta label={t('meta.owner')}>
          {directory.organizationName(request.ownerOrganizationId)}
        </Meta>
        <Meta label={t('meta.area')}>
          <Group gap={6}>
            <span>{area?.name ?? '—'}</span>
            {area && <EnumBadge enum="AreaSensitivity" value={area.sensitivity} size="xs" />}
          </Group>
        </Meta>
        <Meta label={t('meta.audience')}>{audience(request)}</Meta>
        <Meta label={t('meta.status')}>
          <EnumBadge enum="DisclosureStatus" value={request.status} />
        </Meta>
        <Meta label={t('meta.requestedAt')}>{format.dateTime(request.createdAt)}</Meta>
        <Meta label={t('meta.expires')}>
          {request.expiresAt ? format.date(request.expiresAt) : t('noExpiry')}
        </Meta>
        <Meta label={t('meta.proposedRedaction')}>{redaction(request.proposedRedaction)}</Meta>
        <Meta label={t('meta.thirdParty')}>
          <EnumBadge enum="ThirdPartyRule" value={request.itemVersion.thirdPartyRule} size="xs" />
        </Meta>
      </SimpleGrid>
      {request.note && (
        <Blockquote
          p="sm"
          color="gray"
          cite={t('meta.noteBy', {
            owner: directory.organizationName(request.ownerOrganizationId),
          })}
        >
          {request.note}
        </Blockquote>
      )}
      <RequestWarnings request={request} directory={directory} />
    </Stack>
  );
}

function Meta(props: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600}>
        {props.label}
      </Text>
      <Text size="sm" component="div">
        {props.children}
      </Text>
    </div>
  );
}

function RequestWarnings(props: { request: ReviewRequest; directory: QueueDirectory }) {
  const { t } = useT('queue');
  const format = useFormat();
  const { request, directory } = props;
  const area = directory.area(request.areaId);
  const overlaps = directory.overlaps(request.flags.overlapIds);
  const ledger = directory.ledger;
  const amount = (value: string) =>
    formatLedgerAmount(value, ledger ?? NO_LEDGER, format, (n) => t('points', { value: n }));
  const pending = request.status === 'PENDING';
  const placeText = useFileLocationText();
  return (
    <Stack gap="xs">
      {pending && area?.sensitivity === 'RESTRICTED' && (
        <Alert
          color="red"
          icon={<IconShieldLock size={18} />}
          title={t('warnings.restrictedTitle')}
        >
          {t('warnings.restricted', { area: area.name })}
        </Alert>
      )}
      {pending && area?.sensitivity === 'MODERATED' && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconShieldLock size={18} />}
          title={t('warnings.moderatedTitle')}
        >
          {t('warnings.moderated', { area: area.name })}
        </Alert>
      )}
      {pending && request.flags.overlap && (
        <Alert
          color="red"
          icon={<IconAlertTriangle size={18} />}
          title={t('warnings.overlapTitle')}
        >
          <Text size="sm">{t('warnings.overlap')}</Text>
          {overlaps.length > 0 && (
            <Stack component="ul" gap={2} mt={4} pl="md">
              {overlaps.map((o) => (
                <Text component="li" size="sm" key={o.id}>
                  {o.organizationIds.map((id) => directory.organizationName(id)).join(' ↔ ')}
                  {o.note ? ` — ${o.note}` : ''}
                </Text>
              ))}
            </Stack>
          )}
        </Alert>
      )}
      {request.hiddenValueWarnings.length > 0 && (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} />}
          title={t('warnings.hiddenValuesTitle')}
        >
          <Text size="sm">
            {pending ? t('warnings.hiddenValues') : t('warnings.hiddenValuesApproved')}
          </Text>
          <Stack component="ul" gap={2} mt={4} pl="md">
            {request.hiddenValueWarnings.map((w) => (
              <Text component="li" size="sm" key={`${w.organizationId}-${w.fieldKey}`}>
                {t('warnings.hiddenValue', {
                  field: w.fieldLabel,
                  org: directory.organizationName(w.organizationId),
                })}
                {w.inFiles.length > 0 && (
                  <Text component="span" size="sm" display="block" c="dimmed">
                    {t('warnings.inFiles', { places: w.inFiles.map(placeText).join('; ') })}
                  </Text>
                )}
              </Text>
            ))}
          </Stack>
        </Alert>
      )}
      {pending && request.flags.reciprocity && request.flags.reciprocity.length > 0 && (
        <Alert color="grape" icon={<IconScale size={18} />} title={t('warnings.reciprocityTitle')}>
          <Text size="sm" mb="xs">
            {t('warnings.reciprocity')}
          </Text>
          <Table withTableBorder={false} verticalSpacing={4} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('warnings.organization')}</Table.Th>
                <Table.Th ta="right">{t('warnings.given')}</Table.Th>
                <Table.Th ta="right">{t('warnings.received')}</Table.Th>
                <Table.Th ta="right">{t('warnings.gap')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {request.flags.reciprocity.map((r) => (
                <Table.Tr key={r.organizationId}>
                  <Table.Td>{directory.organizationName(r.organizationId)}</Table.Td>
                  <Table.Td ta="right">{amount(r.given)}</Table.Td>
                  <Table.Td ta="right">{amount(r.received)}</Table.Td>
                  <Table.Td ta="right">{amount(r.gap)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Alert>
      )}
    </Stack>
  );
}
