import { Anchor, Group, List, Text } from '@mantine/core';
import { useFormat } from '@alianza/i18n';
import type { ItemFileKind } from '@alianza/graphql-client/types';
import { EnumBadge } from '../lib/enum-badge';
import { useT } from '../lib/i18n';

/** What the lists of documents show of a file (`ItemFile`). */
export interface ItemFileSummary {
  id: string;
  name: string;
  kind: ItemFileKind;
  bytes: number;
  pages?: number | null;
}

/** Where the API sends a document back (same origin, the session cookie; docs/adr/0030). */
export const fileDownloadUrl = (id: string): string => `/files/${encodeURIComponent(id)}`;

/** 1,2 MB: bytes in the largest unit that keeps the number above 1. */
export function fileSize(bytes: number, number: (value: number, digits?: number) => string) {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return { size: number(value, unit === 0 ? 0 : 1), unit: units[unit] ?? 'B' };
}

/** One file's line: its name (a download link when `download`), kind, size and pages. */
export function ItemFileLine(props: { file: ItemFileSummary; download: boolean }) {
  const { t } = useT('common');
  const format = useFormat();
  const { file } = props;
  return (
    <Group gap="xs" wrap="nowrap">
      {props.download ? (
        <Anchor
          href={fileDownloadUrl(file.id)}
          download={file.name}
          size="sm"
          aria-label={t('files.download', { name: file.name })}
        >
          {file.name}
        </Anchor>
      ) : (
        <Text size="sm">{file.name}</Text>
      )}
      <EnumBadge enum="ItemFileKind" value={file.kind} size="xs" />
      <Text size="xs" c="dimmed">
        {t(
          'files.size',
          fileSize(file.bytes, (v, d) => format.number(v, d)),
        )}
      </Text>
      {file.pages != null && (
        <Text size="xs" c="dimmed">
          {t('files.pages', { count: file.pages })}
        </Text>
      )}
    </Group>
  );
}

/**
 * A version's documents, in order. The API answers them only to those who may read them (the
 * owner organization and the facilitator), who may also download them.
 */
export function ItemFiles(props: { files: readonly ItemFileSummary[]; download?: boolean }) {
  const { t } = useT('common');
  if (props.files.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('files.none')}
      </Text>
    );
  return (
    <List listStyleType="none" spacing={4} aria-label={t('files.title')}>
      {props.files.map((file) => (
        <List.Item key={file.id}>
          <ItemFileLine file={file} download={props.download ?? true} />
        </List.Item>
      ))}
    </List>
  );
}
