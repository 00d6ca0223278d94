import { REDACTION_MARKER } from '@alianza/shared';
import { canonicalText } from './canonical-text';
import type { ValueField } from './hidden-values';
import { normalizeSpans, type Span } from './spans';

/** The plain text of a version a reader can read: what a search over it may match. */
export interface ReadableText {
  title: string;
  /** The body as read (no Markdown markup), each redacted span replaced by the marker. */
  body: string;
  /** The visible fields, `label: value`, joined by ` · ` (as the database joins an item's). */
  fields: string;
}

/** One field as the search indexes it: `label: value` (the value a text or a number). */
export function fieldText(field: Pick<ValueField, 'label' | 'text' | 'number'>): string {
  const value = field.text ?? (field.number === null ? null : String(field.number));
  return value === null ? field.label : `${field.label}: ${value}`;
}

/**
 * What a recipient reads of a version under a redaction, as plain text: the title, the body
 * with every redacted span replaced by the marker, and the fields not withheld. A recipient's
 * search index holds this and nothing else, so no search can match what redaction hid.
 */
export function readableText(
  version: { title: string; body: string; fields: readonly ValueField[] },
  redaction: { readonly fieldKeys: readonly string[]; readonly spans: readonly Span[] },
): ReadableText {
  const text = canonicalText(version.body);
  let body = '';
  let at = 0;
  for (const span of normalizeSpans(redaction.spans)) {
    body += text.slice(at, span.start) + REDACTION_MARKER;
    at = Math.max(at, span.end);
  }
  body += text.slice(at);
  const hidden = new Set(redaction.fieldKeys);
  const fields = version.fields
    .filter((field) => !hidden.has(field.key))
    .map(fieldText)
    .join(' · ');
  return { title: version.title, body, fields };
}
