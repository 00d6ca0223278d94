/**
 * `attachment` (or `inline`) with the name as ASCII (`filename`) and as UTF-8 (`filename*`,
 * RFC 5987/6266).
 */
export function contentDisposition(
  name: string,
  type: 'attachment' | 'inline' = 'attachment',
): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[^\x20-\x7e]/g, '')
    .replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${ascii.trim() || 'document'}"; filename*=UTF-8''${encoded}`;
}

/**
 * A file name a person recognises: what it is and the day it was made, e.g.
 * "Informe - Informe del pan - 2026-12-06.xlsx". Characters file systems refuse become spaces;
 * no internal id.
 */
export function exportFileName(parts: string[], date: string, extension: string): string {
  const words = parts
    .map((part) =>
      part
        // eslint-disable-next-line no-control-regex
        .replace(/[\x00-\x1f\x7f<>:"/\\|?*]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 80),
    )
    .filter(Boolean);
  return `${[...words, date].join(' - ')}.${extension}`;
}
