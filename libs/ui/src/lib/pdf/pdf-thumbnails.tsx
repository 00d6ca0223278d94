import { Box, Group, Text } from '@mantine/core';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { PdfPageCanvas } from './pdf-page-canvas';
import type { PdfThumbnailsProps } from './pdf-props';
import { usePdfTexts } from './pdf-states';
import { WithPdf } from './use-pdf-document';

/** The thumbnails themselves (their chunk loads pdf.js): see `PdfThumbnails` in index.ts. */
export function PdfThumbnailsView(props: PdfThumbnailsProps) {
  const { t } = usePdfTexts();
  const width = props.width ?? 120;
  return (
    <WithPdf url={props.url}>
      {(pdf) => (
        <Group
          component="ul"
          gap="sm"
          align="flex-start"
          aria-label={t('thumbnails')}
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {props.pages.map((page) => (
            <Box component="li" key={page} w={width}>
              <figure style={{ margin: 0 }}>
                {page >= 1 && page <= pdf.numPages ? (
                  <WhenVisible height={Math.round(width * 1.3)}>
                    <PdfPageCanvas
                      pdf={pdf}
                      page={page}
                      size={{ width }}
                      label={t('pageLabel', { page, count: pdf.numPages })}
                    />
                  </WhenVisible>
                ) : (
                  <Text size="xs" c="dimmed">
                    {t('missingPage', { page })}
                  </Text>
                )}
                <Text component="figcaption" size="xs" ta="center" c="dimmed">
                  {t('thumbnail', { page })}
                </Text>
              </figure>
            </Box>
          ))}
        </Group>
      )}
    </WithPdf>
  );
}

/**
 * Its children once scrolled into view (a hundred thumbnails are drawn as they are reached, not
 * all at once); at once where there is no IntersectionObserver.
 */
function WhenVisible(props: { height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (visible || !ref.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setVisible(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [visible]);
  return visible ? <>{props.children}</> : <div ref={ref} style={{ height: props.height }} />;
}
