import { formatPageRanges } from '@alianza/shared';
import { useFormat } from '@alianza/i18n';
import { EnumBadge } from '@alianza/ui';
import {
  Badge,
  Divider,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { IconShieldCheck } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { FieldList } from '../queue/comparison';
import { RedactedMarkdown } from '@alianza/ui';
import type { ConsoleViewAsQuery } from './view-as.generated';

export type SharedCardItem = ConsoleViewAsQuery['sharedWithOrganization']['nodes'][number];
type SharedCardFile = SharedCardItem['files'][number];

/** One shared item exactly as the participant sees it: redacted, with its watermark. */
export function SharedCard(props: { item: SharedCardItem }) {
  const { t } = useT('view-as');
  const format = useFormat();
  const { item } = props;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={`shared-${item.grantId}`}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={2} fz="h5" id={`shared-${item.grantId}`}>
              {item.title}
            </Title>
            <Text size="xs" c="dimmed">
              {t('card.meta', {
                owner: item.ownerOrganizationName,
                area: item.areaName,
                version: item.version,
                date: format.date(item.grantedAt),
              })}
            </Text>
          </div>
          <Group gap={4} wrap="nowrap">
            <EnumBadge enum="ThirdPartyRule" value={item.thirdPartyRule} size="xs" />
            <Badge size="xs" variant="light" color={item.validUntil ? 'orange' : 'gray'}>
              {item.validUntil
                ? t('card.validUntil', { date: format.date(item.validUntil) })
                : t('card.noExpiry')}
            </Badge>
          </Group>
        </Group>
        {item.content ? (
          <>
            {(item.content.redactedFieldCount > 0 || item.content.redactedSpanCount > 0) && (
              <Text size="xs" c="dimmed">
                {t('card.redacted', {
                  parts: [
                    item.content.redactedFieldCount
                      ? t('card.fields', { count: item.content.redactedFieldCount })
                      : null,
                    item.content.redactedSpanCount
                      ? t('card.spans', { count: item.content.redactedSpanCount })
                      : null,
                  ]
                    .filter(Boolean)
                    .join(t('card.and')),
                })}
              </Text>
            )}
            {item.content.fields.length > 0 && <FieldList fields={item.content.fields} />}
            <Divider />
            <RedactedMarkdown body={item.content.body} headingLevel={3} size="sm" />
            {item.files.length > 0 && (
              <SharedFiles files={item.files} titleId={`shared-${item.grantId}-files`} />
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('card.unavailable')}
          </Text>
        )}
        <Group
          gap={6}
          wrap="nowrap"
          pt={6}
          style={{ borderTop: '1px dashed var(--mantine-color-gray-4)' }}
        >
          <IconShieldCheck size={14} aria-hidden color="var(--mantine-color-gray-6)" />
          <Text size="xs" c="dimmed" ff="monospace">
            <VisuallyHidden>{t('card.watermark')}: </VisuallyHidden>
            {/* Worded and dated as the participant's portal shows it (the reader's language). */}
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

/** The files the organization gets: name, the pages shared, view only or download. */
function SharedFiles(props: { files: readonly SharedCardFile[]; titleId: string }) {
  const { t } = useT('view-as');
  return (
    <>
      <Divider />
      <Title order={3} fz="xs" c="dimmed" id={props.titleId}>
        {t('card.files')}
      </Title>
      <List listStyleType="none" spacing={4} aria-labelledby={props.titleId}>
        {props.files.map((file) => (
          <List.Item key={file.fileId}>
            <Group gap="xs" wrap="nowrap">
              <Text size="sm">{file.name}</Text>
              <EnumBadge enum="ItemFileKind" value={file.kind} size="xs" />
              <Text size="xs" c="dimmed">
                {file.pagesShared
                  ? t('card.filePages', { pages: formatPageRanges(file.pagesShared) })
                  : t('card.fileWhole')}
                {' · '}
                {file.download ? t('card.download') : t('card.viewOnly')}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </>
  );
}
