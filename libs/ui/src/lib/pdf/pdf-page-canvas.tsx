import { Box, Center, Loader, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { PDFDocumentProxy } from './pdf-document';
import { usePdfT } from './messages';

/** How a page is sized: a zoom factor (1 = its size in CSS pixels), or a width to fill. */
export type PageSize = { scale: number } | { width: number };

/**
 * One page drawn on a canvas, sharp on high-density screens. The drawing is cancelled when the
 * page, its size or the component goes away. The canvas is an image to assistive technology,
 * named by `label`.
 */
export function PdfPageCanvas(props: {
  pdf: PDFDocumentProxy;
  /** 1-based. */
  page: number;
  size: PageSize;
  label: string;
}) {
  const { t } = usePdfT('pdf');
  const canvas = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<'drawing' | 'drawn' | 'failed'>('drawing');
  const { pdf, page } = props;
  const scale = 'scale' in props.size ? props.size.scale : null;
  const width = 'width' in props.size ? props.size.width : null;

  useEffect(() => {
    let cancelled = false;
    let cancel = () => undefined as void;
    setState('drawing');
    void (async () => {
      try {
        const proxy = await pdf.getPage(page);
        if (cancelled || !canvas.current) return;
        const natural = proxy.getViewport({ scale: 1 });
        const viewport = proxy.getViewport({ scale: scale ?? (width ?? 0) / natural.width });
        const ratio = window.devicePixelRatio || 1;
        const element = canvas.current;
        element.width = Math.floor(viewport.width * ratio);
        element.height = Math.floor(viewport.height * ratio);
        element.style.width = `${Math.floor(viewport.width)}px`;
        element.style.height = `${Math.floor(viewport.height)}px`;
        const task = proxy.render({
          canvas: element,
          viewport,
          transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0],
        });
        cancel = () => task.cancel();
        await task.promise;
        if (!cancelled) setState('drawn');
      } catch {
        if (!cancelled) setState('failed');
      }
    })();
    return () => {
      cancelled = true;
      cancel();
    };
  }, [pdf, page, scale, width]);

  return (
    <Box pos="relative" display="inline-block" style={{ lineHeight: 0 }}>
      <canvas
        ref={canvas}
        role="img"
        aria-label={props.label}
        style={{
          display: state === 'failed' ? 'none' : 'block',
          boxShadow: '0 0 0 1px var(--mantine-color-gray-3)',
          background: 'white',
        }}
      />
      {state === 'drawing' && (
        <Center pos="absolute" inset={0}>
          <Loader size="xs" aria-label={t('rendering')} />
        </Center>
      )}
      {state === 'failed' && (
        <Text size="xs" c="red" role="alert" lh="normal" p="xs">
          {t('errors.page')}
        </Text>
      )}
    </Box>
  );
}
