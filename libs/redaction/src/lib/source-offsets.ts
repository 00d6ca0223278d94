import { textLeaves, parseMarkdown } from './canonical-text';
import type { Span } from './spans';

/**
 * For each character of the canonical text, the offset in the Markdown source it was read
 * from (null for block separators). Where a leaf's text differs from its source (escapes,
 * entities, code fences), each character is matched to the next equal source character.
 */
function sourceOffsets(body: string): (number | null)[] {
  const { text, leaves } = textLeaves(parseMarkdown(body));
  const map: (number | null)[] = new Array(text.length).fill(null);
  for (const leaf of leaves) {
    const from = leaf.node.position?.start.offset ?? 0;
    const to = leaf.node.position?.end.offset ?? from;
    const source = body.slice(from, to);
    const at = source.indexOf(leaf.text);
    let cursor = from;
    for (let i = 0; i < leaf.text.length; i++) {
      if (at >= 0) {
        map[leaf.start + i] = from + at + i;
        continue;
      }
      const found = body.indexOf(leaf.text[i] as string, cursor);
      const offset = found >= 0 && found < to ? found : Math.min(cursor, to - 1);
      map[leaf.start + i] = offset;
      cursor = offset + 1;
    }
  }
  return map;
}

/**
 * A span of Markdown source (as stored before spans counted the canonical text) as a span of
 * the canonical text: the characters read from inside it. Null when it covers only markup.
 */
export function canonicalSpanFromSource(body: string, span: Span): Span | null {
  const map = sourceOffsets(body);
  let start = -1;
  let end = -1;
  map.forEach((offset, i) => {
    if (offset === null || offset < span.start || offset >= span.end) return;
    if (start < 0) start = i;
    end = i + 1;
  });
  return start < 0 ? null : { start, end };
}

/** The inverse, for going back: the source from the first to the last character's origin. */
export function sourceSpanFromCanonical(body: string, span: Span): Span | null {
  const offsets = sourceOffsets(body)
    .slice(span.start, span.end)
    .filter((o): o is number => o !== null);
  if (offsets.length === 0) return null;
  return { start: Math.min(...offsets), end: Math.max(...offsets) + 1 };
}
