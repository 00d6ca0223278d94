import type { Root } from 'mdast';
import { textLeaves, type Span } from '@alianza/redaction';

/** How a piece of the text is shown while choosing what to hide. */
export type SegmentKind = 'plain' | 'locked' | 'chosen';

interface Segment {
  text: string;
  start: number;
  end: number;
  kind: SegmentKind;
}

/** A leaf's text cut where hidden spans begin and end; locked spans win over chosen ones. */
function segments(text: string, offset: number, locked: readonly Span[], chosen: readonly Span[]) {
  const end = offset + text.length;
  const kindAt = (i: number): SegmentKind =>
    locked.some((s) => i >= s.start && i < s.end)
      ? 'locked'
      : chosen.some((s) => i >= s.start && i < s.end)
        ? 'chosen'
        : 'plain';
  const cuts = new Set([offset, end]);
  for (const s of [...locked, ...chosen]) {
    if (s.start > offset && s.start < end) cuts.add(s.start);
    if (s.end > offset && s.end < end) cuts.add(s.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [from, to] = [points[i] as number, points[i + 1] as number];
    out.push({
      text: text.slice(from - offset, to - offset),
      start: from,
      end: to,
      kind: kindAt(from),
    });
  }
  return out;
}

const STYLES: Record<SegmentKind, string | undefined> = {
  plain: undefined,
  locked: 'background: var(--mantine-color-gray-3); text-decoration: line-through',
  chosen: 'background: var(--mantine-color-red-2)',
};

/**
 * A remark plugin: every piece of text is rendered in an element that carries where it lies in
 * the canonical text (`data-start`, `data-end`), so that a selection made on the formatted text
 * maps back to spans the server understands; hidden pieces are rendered as `<mark>`.
 */
export function remarkCanonicalSegments(options: {
  locked: readonly Span[];
  chosen: readonly Span[];
  titles: Record<'locked' | 'chosen', string>;
}) {
  return (tree: Root) => {
    for (const leaf of textLeaves(tree).leaves) {
      if (leaf.node.type === 'break') continue;
      const children = segments(leaf.text, leaf.start, options.locked, options.chosen).map((s) => ({
        type: 'element' as const,
        tagName: s.kind === 'plain' ? 'span' : 'mark',
        properties: {
          dataStart: s.start,
          dataEnd: s.end,
          ...(s.kind === 'plain' ? {} : { style: STYLES[s.kind], title: options.titles[s.kind] }),
        },
        children: [{ type: 'text' as const, value: s.text }],
      }));
      const data = (leaf.node.data ??= {}) as Record<string, unknown>;
      if (leaf.node.type === 'code') {
        data['hChildren'] = [{ type: 'element', tagName: 'code', properties: {}, children }];
      } else {
        if (leaf.node.type !== 'inlineCode') data['hName'] = 'span';
        data['hChildren'] = children;
      }
    }
  };
}

/**
 * Where a DOM position (as in a Range) falls in the canonical text of the body rendered in
 * `container`: inside a piece, its start plus the characters before; between pieces, the start
 * of the next one (or the end of the last).
 */
export function canonicalOffset(container: Element, node: Node, offset: number): number {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest('[data-start]');
  if (piece && container.contains(piece)) {
    const start = Number(piece.getAttribute('data-start'));
    const end = Number(piece.getAttribute('data-end'));
    if (node.nodeType === Node.TEXT_NODE) return Math.min(end, start + offset);
    return offset === 0 ? start : end;
  }
  const pieces = [...container.querySelectorAll('[data-start]')];
  const point = node.ownerDocument?.createRange() ?? document.createRange();
  point.setStart(node, offset);
  for (const p of pieces) {
    if (point.comparePoint(p, 0) >= 0) return Number(p.getAttribute('data-start'));
  }
  const last = pieces[pieces.length - 1];
  return last ? Number(last.getAttribute('data-end')) : 0;
}

/** The span of the canonical text a DOM range covers within `container`, or null. */
export function canonicalSpanOfRange(container: Element, range: Range): Span | null {
  if (range.collapsed || !range.intersectsNode(container)) return null;
  const inside = (node: Node, offset: number, atStart: boolean) => {
    if (container.contains(node)) return canonicalOffset(container, node, offset);
    // A selection that starts before or ends after the text: clamp to its start or end.
    return atStart ? 0 : Number.MAX_SAFE_INTEGER;
  };
  const start = inside(range.startContainer, range.startOffset, true);
  const end = inside(range.endContainer, range.endOffset, false);
  return end > start ? { start, end } : null;
}
