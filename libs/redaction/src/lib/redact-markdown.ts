import type { Nodes, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { toMarkdown, type Handle } from 'mdast-util-to-markdown';
import { REDACTION_MARKER } from '@alianza/shared';
import { type LeafNode, parseMarkdown, textLeaves } from './canonical-text';
import { normalizeSpans, type Span } from './spans';

/** Stands, in the tree, for a hidden part; written out as the marker, verbatim. */
interface MarkerNode {
  type: 'redactionMarker';
}

declare module 'mdast' {
  interface PhrasingContentMap {
    redactionMarker: MarkerNode;
  }
  interface RootContentMap {
    redactionMarker: MarkerNode;
  }
}

const FLOW_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);
/** Inline wrappers that mean nothing once what they wrap is gone. */
const WRAPPERS = new Set(['emphasis', 'strong', 'delete']);
/** Links: once part of their text is hidden, they lose their address (it often says as much). */
const LINKS = new Set(['link', 'linkReference']);

const marker = (): MarkerNode => ({ type: 'redactionMarker' });
const isMarker = (node: Nodes): boolean => node.type === 'redactionMarker';

/** Local `[from, to)` ranges of a leaf's text that the spans cover. */
type Cover = [number, number][];

function pieces(value: string, cover: Cover): { text: string; hidden: boolean }[] {
  const out: { text: string; hidden: boolean }[] = [];
  let cursor = 0;
  for (const [from, to] of cover) {
    if (from > cursor) out.push({ text: value.slice(cursor, from), hidden: false });
    out.push({ text: value.slice(from, to), hidden: true });
    cursor = to;
  }
  if (cursor < value.length) out.push({ text: value.slice(cursor), hidden: false });
  return out;
}

/** What a leaf becomes once the covered parts of its text are replaced by markers. */
function redactLeaf(node: LeafNode, cover: Cover, inFlow: boolean): Nodes[] {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return pieces(node.value, cover).map((p) =>
        p.hidden ? marker() : { type: node.type, value: p.text },
      );
    case 'html': {
      // Raw HTML is shown as text by the web apps: what is left of it stays text (escaped).
      const parts = pieces(node.value, cover).map((p): PhrasingContent =>
        p.hidden ? marker() : { type: 'text', value: p.text },
      );
      return inFlow ? [{ type: 'paragraph', children: parts }] : parts;
    }
    case 'code': {
      const parts = pieces(node.value, cover);
      if (parts.every((p) => p.hidden)) return [{ type: 'paragraph', children: [marker()] }];
      const value = parts.map((p) => (p.hidden ? REDACTION_MARKER : p.text)).join('');
      return [{ ...node, value, position: undefined }];
    }
    case 'image':
    case 'imageReference':
      // An image goes whole: its address and the rest of its description would tell too much.
      return [marker()];
    case 'break':
      return [node];
  }
}

/** Adjacent markers become one. */
function mergeMarkers(nodes: Nodes[]): Nodes[] {
  return nodes.filter((node, i) => !(isMarker(node) && i > 0 && isMarker(nodes[i - 1] as Nodes)));
}

function containsMarker(node: Nodes): boolean {
  return isMarker(node) || ('children' in node && (node.children as Nodes[]).some(containsMarker));
}

function redactChildren(parent: Parent, covers: Map<Nodes, Cover>): void {
  const inFlow = FLOW_CONTAINERS.has(parent.type);
  const out: Nodes[] = [];
  for (const child of parent.children as Nodes[]) {
    const cover = covers.get(child);
    if (cover) {
      out.push(...redactLeaf(child as LeafNode, cover, inFlow));
      continue;
    }
    if (!('children' in child)) {
      out.push(child);
      continue;
    }
    redactChildren(child, covers);
    const children = child.children as Nodes[];
    if (LINKS.has(child.type) && children.some(containsMarker)) {
      out.push(...children);
    } else if (WRAPPERS.has(child.type)) {
      // Markers carry no emphasis: those at the edges move out (to merge with their
      // neighbours), and emphasis around nothing but hidden text disappears (no empty `****`).
      let first = 0;
      let last = children.length;
      while (first < last && isMarker(children[first] as Nodes)) first++;
      while (last > first && isMarker(children[last - 1] as Nodes)) last--;
      if (first > 0) out.push(marker());
      if (last > first) out.push({ ...child, children: children.slice(first, last) } as Nodes);
      if (last < children.length) out.push(marker());
    } else {
      out.push(child);
    }
  }
  parent.children = mergeMarkers(out) as RootContent[];
}

/** Reference definitions nobody uses any more are dropped (they are never shown anyway). */
function dropUnusedDefinitions(tree: Root): void {
  const used = new Set<string>();
  const collect = (node: Nodes) => {
    if (node.type === 'linkReference' || node.type === 'imageReference') used.add(node.identifier);
    if ('children' in node) (node.children as Nodes[]).forEach(collect);
  };
  collect(tree);
  const prune = (node: Nodes) => {
    if (!('children' in node)) return;
    node.children = (node.children as Nodes[]).filter(
      (child) => child.type !== 'definition' || used.has(child.identifier),
    ) as typeof node.children;
    (node.children as Nodes[]).forEach(prune);
  };
  prune(tree);
}

const writeMarker: Handle = () => REDACTION_MARKER;

/**
 * While redacted Markdown is parsed for display, each marker stands as this one character: a
 * symbol, like the marker's brackets, so that emphasis next to it parses the same as next to
 * the marker, and no bracket that could make a link with what follows.
 */
export const MARKER_STAND_IN = '\u2BD1';

/** Redacted Markdown ready to parse for display: each marker as `MARKER_STAND_IN`. */
export function markersStandingIn(markdown: string): string {
  return markdown.replaceAll(MARKER_STAND_IN, '').replaceAll(REDACTION_MARKER, MARKER_STAND_IN);
}

/**
 * A Markdown body with the parts of its canonical text that the spans cover replaced by the
 * redaction marker, written back as Markdown: hidden text leaves no markup behind (emphasis
 * around nothing disappears; a link with hidden text loses its address; an image goes whole).
 * Without spans the body is returned as written.
 */
export function redactMarkdown(body: string, spans: readonly Span[]): string {
  const merged = normalizeSpans(spans);
  if (merged.length === 0) return body;
  const tree = parseMarkdown(body);
  const covers = new Map<Nodes, Cover>();
  for (const leaf of textLeaves(tree).leaves) {
    const cover: Cover = [];
    for (const span of merged) {
      const from = Math.max(span.start, leaf.start);
      const to = Math.min(span.end, leaf.end);
      if (to > from) cover.push([from - leaf.start, to - leaf.start]);
    }
    if (cover.length > 0) covers.set(leaf.node, cover);
  }
  if (covers.size === 0) return body;
  redactChildren(tree, covers);
  dropUnusedDefinitions(tree);
  return toMarkdown(tree, { handlers: { redactionMarker: writeMarker } }).replace(/\n$/, '');
}
