import { useFormat } from '@alianza/i18n';
import { EnumBadge } from '@alianza/ui';
import {
  Badge,
  DataList,
  Divider,
  Group,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconClockHour4, IconFingerprint } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { PortalSharedItemFragment } from './shared.generated';
import { RedactedMarkdown } from '@alianza/ui';
import { FieldValue } from './field-value';
import { SharedFiles } from './shared-files';

/** One item shared with us: only what the approval lets us see, with its watermark and expiry. */
export function SharedItemCard({ item }: { item: PortalSharedItemFragment }) {
  const { t } = useT('shared');
  const format = useFormat();
  const content = item.content;
  const titleId = `shared-${item.grantId}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} size="h4" id={titleId}>
              {item.title}
            </Title>
            <Text size="sm" c="dimmed">
              {t('card.from', { name: item.ownerOrganizationName })}
            </Text>
          </div>
          <Group gap={6} justify="flex-end">
            <Badge variant="light" color="blue">
              {item.areaName}
            </Badge>
            <Badge variant="default">{t('card.version', { version: item.version })}</Badge>
          </Group>
        </Group>
        <Group gap="xs">
          <Text size="xs" c="dimmed">
            {t('card.thirdParty')}
          </Text>
          <EnumBadge enum="ThirdPartyRule" value={item.thirdPartyRule} size="xs" />
        </Group>

        {content ? (
          <>
            {(content.fields.length > 0 || content.redactedFieldCount > 0) && (
              <section aria-label={t('card.fields')}>
                {content.fields.length > 0 && (
                  <DataList size="sm" withDivider labelWidth={180}>
                    {content.fields.map((field) => (
                      <DataList.Item key={field.key}>
                        <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
                        <DataList.ItemValue>
                          <FieldValue field={field} />
                        </DataList.ItemValue>
                      </DataList.Item>
                    ))}
                  </DataList>
                )}
                {content.redactedFieldCount > 0 && (
                  <Text size="xs" c="dimmed" mt={4}>
                    {t('card.hiddenFields', { count: content.redactedFieldCount })}
                  </Text>
                )}
              </section>
            )}
            <section aria-label={t('card.body')}>
              {content.body.trim() ? (
                <RedactedMarkdown body={content.body} />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('card.noBody')}
                </Text>
              )}
              {content.redactedSpanCount > 0 && (
                <Text size="xs" c="dimmed">
                  {t('card.hiddenSpans', { count: content.redactedSpanCount })}
                </Text>
              )}
            </section>
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('card.unavailable')}
          </Text>
        )}
        {content && <SharedFiles files={item.files} />}

        <Divider />
        <Group justify="space-between" gap="xs">
          <Group gap={6}>
            <IconClockHour4 size={14} aria-hidden />
            <Text size="sm" fw={500}>
              {item.validUntil
                ? t('card.expires', { date: format.date(item.validUntil) })
                : t('card.noExpiry')}
            </Text>
          </Group>
          <Group gap="md">
            <Text size="xs" c="dimmed">
              {t('card.sharedOn', { date: format.date(item.grantedAt) })}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace">
              {t('card.reference', { reference: item.reference })}
            </Text>
          </Group>
        </Group>
        <Group
          gap={6}
          wrap="nowrap"
          px="xs"
          py={4}
          bg="var(--mantine-color-gray-1)"
          style={{ borderRadius: 'var(--mantine-radius-sm)' }}
        >
          <IconFingerprint size={14} aria-hidden />
          <Text size="xs" ff="monospace" c="dark.6" data-testid="watermark">
            <VisuallyHidden>{t('card.watermark')} </VisuallyHidden>
            {t('card.watermarkLine', {
              recipient: item.watermark.recipientName,
              owner: item.watermark.ownerName,
              collaboration: item.watermark.collaborationTitle,
              date: format.date(item.watermark.grantedAt),
              reference: item.watermark.reference,
            })}
          </Text>
        </Group>
      </Stack>
    </Paper>
  );
}
