import type { Span } from './redaction';

/**
 * Offset of a DOM position (node + offset, as in a Range) within the text of `container`,
 * counted in UTF-16 code units like the API's spans. Positions outside the container are
 * clamped to its start or end.
 */
export function textOffsetWithin(container: Node, node: Node, offset: number): number {
  const total = container.textContent?.length ?? 0;
  if (!container.contains(node)) {
    const position = container.compareDocumentPosition(node);
    // The node comes before the container: clamp to its start; otherwise to its end.
    return position & Node.DOCUMENT_POSITION_PRECEDING ? 0 : total;
  }
  if (node.nodeType === Node.TEXT_NODE) {
    return textBefore(container, node) + Math.min(offset, node.textContent?.length ?? 0);
  }
  // An element position: `offset` counts child nodes; take the text of those before it.
  let count = textBefore(container, node);
  const children = node.childNodes;
  for (let i = 0; i < Math.min(offset, children.length); i++) {
    count += children[i]?.textContent?.length ?? 0;
  }
  return count;
}

/** Length of the text of `container` that comes before `node` in document order. */
function textBefore(container: Node, node: Node): number {
  const doc = container.ownerDocument ?? document;
  const walker = doc.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  let count = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    // Stop at the node itself, inside it, or past it.
    if (current === node || node.contains(current)) return count;
    if (node.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING) return count;
    count += current.textContent?.length ?? 0;
  }
  return count;
}

/**
 * The span of `container`'s text that a range covers, or null when the range is collapsed or
 * does not touch the container. The container must hold exactly the body's text.
 */
export function spanFromRange(container: Node, range: Range): Span | null {
  if (range.collapsed) return null;
  if (!range.intersectsNode(container)) return null;
  const start = textOffsetWithin(container, range.startContainer, range.startOffset);
  const end = textOffsetWithin(container, range.endContainer, range.endOffset);
  if (end <= start) return null;
  return { start, end };
}

/** The span of the current selection within `container`, if any. */
export function spanFromSelection(container: Node, selection: Selection | null): Span | null {
  if (!selection || selection.rangeCount === 0) return null;
  return spanFromRange(container, selection.getRangeAt(0));
}
