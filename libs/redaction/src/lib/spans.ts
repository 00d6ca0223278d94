/** A half-open range `[start, end)` of a body's canonical text (see `canonicalText`). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Sorted spans in which overlapping or touching spans became one. */
export function normalizeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** Whether a span is a non-empty range of whole positions inside a text of this length. */
export function isValidSpan(span: Span, length: number): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end > span.start &&
    span.end <= length
  );
}

/** The span without the blanks at its edges, or null when it holds nothing but blanks. */
export function trimSpan(text: string, span: Span): Span | null {
  let start = Math.max(0, Math.min(span.start, text.length));
  let end = Math.min(text.length, Math.max(span.end, start));
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/** A short, one-line quotation of a span of a text, to list it. */
export function spanExcerpt(text: string, span: Span, max = 60): string {
  const quoted = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  return quoted.length > max ? `${quoted.slice(0, max - 1)}…` : quoted;
}

/**
 * The sentences of a text, as spans: what a keyboard user can pick to hide without selecting
 * with a mouse. A sentence ends at `.`, `!`, `?` or `…` followed by a blank, or at a line break.
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?…]+(?=\s)|\n+/g;
  let from = 0;
  const push = (end: number) => {
    const span = trimSpan(text, { start: from, end });
    if (span) spans.push(span);
  };
  for (let match = boundary.exec(text); match; match = boundary.exec(text)) {
    const end = match.index + (match[0].startsWith('\n') ? 0 : match[0].length);
    push(end);
    from = match.index + match[0].length;
  }
  push(text.length);
  return spans;
}
