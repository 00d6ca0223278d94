import {
  ActionIcon,
  Box,
  Group,
  NumberInput,
  ScrollArea,
  Stack,
  Text,
  Tooltip,
} from '@mantine/core';
import { useElementSize } from '@mantine/hooks';
import {
  IconArrowAutofitWidth,
  IconChevronLeft,
  IconChevronRight,
  IconZoomIn,
  IconZoomOut,
} from '@tabler/icons-react';
import { useFormat } from '@alianza/i18n';
import { useEffect, useState } from 'react';
import { PdfPageCanvas } from './pdf-page-canvas';
import { usePdfTexts } from './pdf-states';
import type { PdfViewerProps } from './pdf-props';
import { WithPdf } from './use-pdf-document';

const ZOOMS = [0.5, 0.75, 1, 1.25, 1.5, 2, 3] as const;

/** The viewer itself (its chunk loads pdf.js): see `PdfViewer` in index.ts. */
export function PdfViewerView(props: PdfViewerProps) {
  const { t } = usePdfTexts();
  return (
    <WithPdf url={props.url}>
      {(pdf) => (
        <PdfPages
          key={props.url}
          pdf={pdf}
          count={pdf.numPages}
          pageLabels={props.pageLabels}
          height={props.height}
          label={(page, original) =>
            original === undefined
              ? t('pageLabel', { page, count: pdf.numPages })
              : t('pageOfOriginal', { page, count: pdf.numPages, original })
          }
        />
      )}
    </WithPdf>
  );
}

function PdfPages(props: {
  pdf: Parameters<typeof PdfPageCanvas>[0]['pdf'];
  count: number;
  pageLabels?: readonly number[];
  height?: number | string;
  label: (page: number, original?: number) => string;
}) {
  const { t } = usePdfTexts();
  const format = useFormat();
  const [page, setPage] = useState(1);
  const [typed, setTyped] = useState<string | number>(1);
  // null: fit the width of the viewer.
  const [zoom, setZoom] = useState<number | null>(null);
  const { ref, width } = useElementSize();
  const { count } = props;

  useEffect(() => setTyped(page), [page]);
  const go = (next: number) => setPage(Math.min(count, Math.max(1, next)));
  const current = zoom ?? 1;
  const zoomTo = (direction: 1 | -1) => {
    const from = zoom ?? current;
    const next =
      direction > 0
        ? ZOOMS.find((z) => z > from + 0.001)
        : [...ZOOMS].reverse().find((z) => z < from - 0.001);
    if (next !== undefined) setZoom(next);
  };
  // Measured width minus the scroll area's padding; jsdom measures 0: natural size then.
  const fitWidth = width > 32 ? width - 32 : null;
  const original = props.pageLabels?.[page - 1];
  const label = props.label(page, original);

  return (
    <Stack gap="xs">
      <Group justify="space-between" gap="xs" role="toolbar" aria-label={t('toolbar')}>
        <Group gap={6} wrap="nowrap">
          <Tooltip label={t('previous')}>
            <ActionIcon
              variant="default"
              aria-label={t('previous')}
              disabled={page <= 1}
              onClick={() => go(page - 1)}
            >
              <IconChevronLeft size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <NumberInput
            aria-label={t('pageInput')}
            size="xs"
            w={64}
            min={1}
            max={count}
            clampBehavior="none"
            allowDecimal={false}
            allowNegative={false}
            hideControls
            value={typed}
            onChange={setTyped}
            onBlur={() => (typeof typed === 'number' ? go(typed) : setTyped(page))}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && typeof typed === 'number') go(typed);
            }}
          />
          <Text size="sm" c="dimmed">
            {t('pageOf', { count })}
          </Text>
          <Tooltip label={t('next')}>
            <ActionIcon
              variant="default"
              aria-label={t('next')}
              disabled={page >= count}
              onClick={() => go(page + 1)}
            >
              <IconChevronRight size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
        <Group gap={6} wrap="nowrap">
          <Tooltip label={t('zoomOut')}>
            <ActionIcon
              variant="default"
              aria-label={t('zoomOut')}
              disabled={zoom !== null && zoom <= ZOOMS[0]}
              onClick={() => zoomTo(-1)}
            >
              <IconZoomOut size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          {zoom !== null && (
            <Text
              size="sm"
              w={48}
              ta="center"
              aria-label={t('zoom', { percent: format.percent(zoom) })}
            >
              {format.percent(zoom)}
            </Text>
          )}
          <Tooltip label={t('zoomIn')}>
            <ActionIcon
              variant="default"
              aria-label={t('zoomIn')}
              disabled={zoom !== null && zoom >= ZOOMS[ZOOMS.length - 1]}
              onClick={() => zoomTo(1)}
            >
              <IconZoomIn size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('fitWidth')}>
            <ActionIcon
              variant={zoom === null ? 'filled' : 'default'}
              aria-label={t('fitWidth')}
              aria-pressed={zoom === null}
              onClick={() => setZoom(null)}
            >
              <IconArrowAutofitWidth size={16} aria-hidden />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Text size="sm" aria-live="polite" data-testid="pdf-page-label">
        {label}
      </Text>
      <Box ref={ref}>
        <ScrollArea h={props.height ?? '70vh'} bg="var(--mantine-color-gray-1)" p="md">
          <Box ta="center">
            <PdfPageCanvas
              pdf={props.pdf}
              page={page}
              label={label}
              size={zoom !== null || fitWidth === null ? { scale: current } : { width: fitWidth }}
            />
          </Box>
        </ScrollArea>
      </Box>
    </Stack>
  );
}
