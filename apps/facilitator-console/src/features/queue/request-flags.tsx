import { EnumBadge } from '@alianza/ui';
import { Badge, Group, Text } from '@mantine/core';
import { useT } from '../../i18n';
import type { ConsoleQueueRequestFragment } from './queue.generated';
import type { QueueDirectory } from './use-queue-directory';

/** What the facilitator should weigh: overlap crossed, sensitive area, reciprocity. */
export function RequestFlags(props: {
  request: Pick<ConsoleQueueRequestFragment, 'flags' | 'areaId'>;
  directory: QueueDirectory;
}) {
  const { t } = useT('queue');
  const { flags } = props.request;
  const sensitivity = props.directory.area(props.request.areaId)?.sensitivity;
  const sensitive = sensitivity === 'MODERATED' || sensitivity === 'RESTRICTED';
  if (!flags.overlap && !sensitive && (flags.reciprocity ?? []).length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('flags.none')}
      </Text>
    );
  }
  return (
    <Group gap={4}>
      {flags.overlap && (
        <Badge color="red" variant="filled" size="sm">
          {t('flags.overlap')}
        </Badge>
      )}
      {sensitive && sensitivity && <EnumBadge enum="AreaSensitivity" value={sensitivity} />}
      {(flags.reciprocity ?? []).length > 0 && (
        <Badge color="grape" variant="light" size="sm">
          {t('flags.reciprocity')}
        </Badge>
      )}
    </Group>
  );
}

/** "2 campos · 1 fragmento", or "Sin ocultaciones". */
export function useRedactionSummary(): (redaction: {
  fieldKeys: readonly string[];
  spans: readonly unknown[];
}) => string {
  const { t } = useT('queue');
  return (redaction) => {
    const parts: string[] = [];
    if (redaction.fieldKeys.length)
      parts.push(t('redaction.fields', { count: redaction.fieldKeys.length }));
    if (redaction.spans.length) parts.push(t('redaction.spans', { count: redaction.spans.length }));
    return parts.length ? parts.join(' · ') : t('redaction.none');
  };
}

/** Who will see it: every active participant, or the organizations named. */
export function useAudienceText(directory: QueueDirectory) {
  const { t } = useT('queue');
  return (
    request: Pick<ConsoleQueueRequestFragment, 'audienceKind' | 'recipientOrganizationIds'>,
  ) => {
    const names = request.recipientOrganizationIds.map(
      (id) => directory.organizationName(id) || t('unknownOrganization'),
    );
    return request.audienceKind === 'ALL_ACTIVE'
      ? t('audience.allActive', { names: names.join(', ') })
      : names.join(', ');
  };
}
