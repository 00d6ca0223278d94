import { EnumBadge, fileDownloadUrl, PdfThumbnails, type ItemFileSummary } from '@alianza/ui';
import { Anchor, Badge, Group, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useT } from '../../i18n';
import { allPages, formatPageRanges } from '@alianza/shared';
import type { FileShare } from './file-shares';

/**
 * What a share gives of a file, in words: "páginas 1–5 de 12 · solo ver", "completo · descarga",
 * "retenido".
 */
export function useFileShareText() {
  const { t } = useT('queue');
  return (file: Pick<ItemFileSummary, 'pages'>, share: FileShare | null): string => {
    if (!share) return t('fileShare.withheld');
    const extent =
      share.pages && file.pages
        ? t('fileShare.pagesOf', { pages: formatPageRanges(share.pages), count: file.pages })
        : t('fileShare.whole');
    return `${extent} · ${share.download ? t('fileShare.download') : t('fileShare.viewOnly')}`;
  };
}

/**
 * One file as one recipient will get it: name, what it gets, and (PDF) the pages it will see, by
 * number and as thumbnails drawn from the original (which the facilitator may read).
 */
export function RecipientFilePreview(props: {
  file: ItemFileSummary;
  share: FileShare | null;
  changed?: boolean;
  organizationName: string;
}) {
  const { t } = useT('queue');
  const shareText = useFileShareText();
  const { file, share } = props;
  const pages = share && file.pages ? (share.pages ?? allPages(file.pages)) : null;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap={6} wrap="nowrap" miw={0}>
          <Text
            size="sm"
            truncate
            c={share ? undefined : 'dimmed'}
            td={share ? undefined : 'line-through'}
          >
            {file.name}
          </Text>
          <EnumBadge enum="ItemFileKind" value={file.kind} size="xs" />
        </Group>
        <Anchor
          href={fileDownloadUrl(file.id)}
          download={file.name}
          size="xs"
          aria-label={t('fileShare.openOriginal', { name: file.name })}
        >
          {t('fileShare.openOriginalShort')}
        </Anchor>
      </Group>
      <Group gap={6}>
        <Text size="xs" c={share ? undefined : 'red'}>
          {shareText(file, share)}
        </Text>
        {props.changed && (
          <Badge size="xs" variant="light" color="red">
            {t('fileShare.changed')}
          </Badge>
        )}
      </Group>
      {pages && (
        <SharedPages
          url={fileDownloadUrl(file.id)}
          pages={pages}
          title={t('fileShare.pagesTitle', { org: props.organizationName, name: file.name })}
        />
      )}
    </Stack>
  );
}

/** The pages a recipient will see of a PDF: their numbers, then their thumbnails. */
function SharedPages(props: { url: string; pages: readonly number[]; title: string }) {
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        <VisuallyHidden>{props.title}: </VisuallyHidden>
        {formatPageRanges(props.pages)}
      </Text>
      <PdfThumbnails url={props.url} pages={props.pages} width={72} />
    </Stack>
  );
}
