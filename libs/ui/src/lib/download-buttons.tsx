import { Button, Group } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useT } from './i18n';

/** The files the API makes for people (docs/adr/0037-export-formats.md). */
export type DownloadFormat = 'xlsx' | 'csv' | 'pdf';

/** The reader's time zone, as the browser knows it (the API writes dates in it). */
export function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

/** What narrows a download, as the API names it (`{ action: 'GRANT_READ' }`); empty ones are left out. */
export type DownloadFilter = Readonly<Record<string, string | null | undefined>>;

/**
 * Where the API serves `path` (without extension) as `format`, in `language` and the reader's
 * time zone (none: the API's default), narrowed by `filter`:
 * `/reports/collaborations/ID.xlsx?lang=es&tz=Europe%2FMadrid`.
 */
export function downloadUrl(
  path: string,
  format: DownloadFormat,
  language: string,
  timeZone: string | null = browserTimeZone() ?? null,
  filter: DownloadFilter = {},
): string {
  const params = new URLSearchParams({ lang: language === 'en' ? 'en' : 'es' });
  if (timeZone) params.set('tz', timeZone);
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  return `${path}.${format}?${params.toString()}`;
}

/** Where the API serves a collaboration's sealed final statement (as `.pdf`). */
export function finalStatementPath(collaborationId: string): string {
  return `/collaborations/${encodeURIComponent(collaborationId)}/final-statement`;
}

/**
 * Download buttons ("Excel", "CSV", "PDF") for one thing the API exports, in the app's language.
 * Same origin as the app, so the session cookie authorizes each file exactly as it does the
 * screen's query. `what` completes each button's description ("el informe de «Pan»").
 */
export function DownloadButtons(props: {
  path: string;
  formats: readonly DownloadFormat[];
  what: string;
  /** The filters of the screen, for a file with the same rows (the audit log's). */
  filter?: DownloadFilter;
}) {
  const { t, i18n } = useT('common');
  return (
    <Group gap="xs" role="group" aria-label={t('downloads.label', { what: props.what })}>
      {props.formats.map((format) => (
        <Button
          key={format}
          component="a"
          href={downloadUrl(props.path, format, i18n.language, undefined, props.filter)}
          download
          variant="light"
          size="sm"
          leftSection={<IconDownload size={16} aria-hidden />}
          title={t(`downloads.${format}Title`, { what: props.what })}
          aria-label={t(`downloads.${format}Title`, { what: props.what })}
        >
          {t(`downloads.${format}`)}
        </Button>
      ))}
    </Group>
  );
}
