import { REDACTION_MARKER } from '@alianza/shared';

/** A half-open range of characters of an item's body: `body.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** What the fields and spans of a redaction proposal become: exactly the API's `RedactionInput`. */
export interface RedactionProposal {
  fieldKeys: string[];
  spans: Span[];
}

export const EMPTY_PROPOSAL: RedactionProposal = { fieldKeys: [], spans: [] };

/** Sorted, with overlapping or touching spans merged into one, as the server normalises them. */
export function normalizeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/**
 * The span a text selection of the body covers (selectionStart/selectionEnd of the element that
 * shows the body, in either direction), without the blanks at its edges, or null when nothing
 * but blanks is selected.
 */
export function spanFromSelection(body: string, anchor: number, focus: number): Span | null {
  let start = Math.max(0, Math.min(anchor, focus, body.length));
  let end = Math.min(body.length, Math.max(anchor, focus, 0));
  while (start < end && /\s/.test(body[start] ?? '')) start++;
  while (end > start && /\s/.test(body[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/** Adds a span to the marked ones; spans that overlap or touch become one. */
export function addSpan(spans: readonly Span[], span: Span): Span[] {
  return normalizeSpans([...spans, span]);
}

/** The marked spans without the one at `index`. */
export function removeSpan(spans: readonly Span[], index: number): Span[] {
  return spans.filter((_, i) => i !== index);
}

/** The API input for a proposal: unique, sorted field keys and normalised spans. */
export function toRedactionInput(proposal: RedactionProposal): RedactionProposal {
  return {
    fieldKeys: [...new Set(proposal.fieldKeys)].sort(),
    spans: normalizeSpans(proposal.spans),
  };
}

/** Whether a proposal hides anything. */
export function hidesAnything(proposal: RedactionProposal): boolean {
  return proposal.fieldKeys.length > 0 || proposal.spans.length > 0;
}

/** The body as a recipient would get it: each span replaced by the server's marker. */
export function redactBody(body: string, spans: readonly Span[]): string {
  let out = '';
  let cursor = 0;
  for (const span of normalizeSpans(spans)) {
    out += body.slice(cursor, span.start) + REDACTION_MARKER;
    cursor = span.end;
  }
  return out + body.slice(cursor);
}

/** A short, one-line quotation of a span, to list it. */
export function spanExcerpt(body: string, span: Span, max = 60): string {
  const text = body.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
