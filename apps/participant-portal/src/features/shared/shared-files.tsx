import { formatPageRanges } from '@alianza/shared';
import { EnumBadge, PdfViewer } from '@alianza/ui';
import { Anchor, Badge, Button, Group, Image, List, Modal, Stack, Text } from '@mantine/core';
import { IconDownload, IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import type { PortalSharedItemFragment } from './shared.generated';

type SharedFile = PortalSharedItemFragment['files'][number];

/** What the viewer can show in the page: a PDF (pdf.js) or an image; the rest only downloads. */
const viewable = (file: SharedFile) => file.kind === 'PDF' || file.kind === 'IMAGE';

/**
 * The documents of a grant, as the recipient gets them: name, kind, which pages; "View" opens the
 * stamped copy here, "Download" appears only when the grant allows it (`downloadUrl`).
 */
export function SharedFiles(props: { files: readonly SharedFile[] }) {
  const { t } = useT('shared');
  const [open, setOpen] = useState<SharedFile | null>(null);
  if (props.files.length === 0) return null;
  return (
    <section aria-label={t('files.title')}>
      <Text size="sm" fw={500} mb={4}>
        {t('files.title')}
      </Text>
      <List listStyleType="none" spacing={6}>
        {props.files.map((file) => (
          <List.Item key={file.fileId}>
            <SharedFileLine file={file} onView={() => setOpen(file)} />
          </List.Item>
        ))}
      </List>
      <Modal opened={open !== null} onClose={() => setOpen(null)} size="xl" title={open?.name}>
        {open && <SharedFileView file={open} />}
      </Modal>
    </section>
  );
}

function SharedFileLine(props: { file: SharedFile; onView: () => void }) {
  const { t } = useT('shared');
  const { file } = props;
  return (
    <Group gap="xs" justify="space-between">
      <Group gap="xs">
        <Text size="sm">{file.name}</Text>
        <EnumBadge enum="ItemFileKind" value={file.kind} size="xs" />
        <PagesText file={file} />
        {!file.downloadUrl && (
          <Badge size="xs" variant="light" color="gray" title={t('files.viewOnlyHint')}>
            {t('files.viewOnly')}
          </Badge>
        )}
      </Group>
      <Group gap="xs">
        {viewable(file) && (
          <Button
            size="compact-sm"
            variant="light"
            leftSection={<IconEye size={14} aria-hidden />}
            aria-label={t('files.viewLabel', { name: file.name })}
            onClick={props.onView}
          >
            {t('files.view')}
          </Button>
        )}
        {file.downloadUrl && <DownloadLink file={file} url={file.downloadUrl} />}
        {!viewable(file) && !file.downloadUrl && (
          <Text size="xs" c="dimmed">
            {t('files.notViewable')}
          </Text>
        )}
      </Group>
    </Group>
  );
}

/** "Páginas 1–5 (5 páginas)" for part of a PDF, "12 páginas" for all of it. */
function PagesText({ file }: { file: SharedFile }) {
  const { t } = useT('shared');
  if (file.pagesShared && file.pagesShared.length > 0)
    return (
      <Text size="xs" c="dimmed">
        {t('files.pagesShared', {
          count: file.pagesShared.length,
          pages: formatPageRanges(file.pagesShared),
        })}
      </Text>
    );
  if (file.pageCount != null)
    return (
      <Text size="xs" c="dimmed">
        {t('files.whole', { count: file.pageCount })}
      </Text>
    );
  return null;
}

function DownloadLink(props: { file: SharedFile; url: string }) {
  const { t } = useT('shared');
  return (
    <Anchor
      href={props.url}
      download={props.file.name}
      size="sm"
      aria-label={t('files.downloadLabel', { name: props.file.name })}
    >
      <Group gap={4} component="span">
        <IconDownload size={14} aria-hidden />
        {t('files.download')}
      </Group>
    </Anchor>
  );
}

/** The stamped copy, in the page: pdf.js for a PDF, the image itself for an image. */
function SharedFileView({ file }: { file: SharedFile }) {
  const { t } = useT('shared');
  return (
    <Stack gap="sm">
      <Text size="xs" c="dimmed">
        {t('files.stamped')}
      </Text>
      {file.kind === 'PDF' ? (
        <PdfViewer url={file.viewUrl} pageLabels={file.pagesShared ?? undefined} />
      ) : file.kind === 'IMAGE' ? (
        <Image src={file.viewUrl} alt={file.name} fit="contain" mah="70vh" />
      ) : (
        <Text size="sm">{t(file.downloadUrl ? 'files.onlyDownload' : 'files.notViewable')}</Text>
      )}
      {file.downloadUrl && (
        <Group justify="flex-end">
          <DownloadLink file={file} url={file.downloadUrl} />
        </Group>
      )}
    </Stack>
  );
}
