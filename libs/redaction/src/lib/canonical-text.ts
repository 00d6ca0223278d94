import type { Nodes, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

/**
 * What separates two blocks (paragraphs, headings, list items, quotes, code blocks) in the
 * canonical text. Spans never hide it: a block boundary is structure, not information.
 */
export const BLOCK_SEPARATOR = '\n\n';

/** Containers whose children are blocks: each child starts a new block of text. */
const FLOW_CONTAINERS = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition']);

/** A node whose text a reader sees (or, for an image, reads as its description). */
export type LeafNode = Extract<
  Nodes,
  { type: 'text' | 'inlineCode' | 'code' | 'html' | 'image' | 'imageReference' | 'break' }
>;

/** One leaf of a body and where its text lies in the canonical text. */
export interface TextLeaf {
  readonly node: LeafNode;
  /** The leaf's text as read: a text's value, an image's description, `\n` for a hard break. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** The Markdown of a body, parsed the way the web apps render it (CommonMark, react-markdown). */
export function parseMarkdown(body: string): Root {
  return fromMarkdown(body);
}

function leafText(node: Nodes): string | null {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
    case 'code':
    case 'html':
      return node.value;
    case 'image':
    case 'imageReference':
      return node.alt ?? '';
    case 'break':
      return '\n';
    default:
      return null;
  }
}

/**
 * The leaves of a parsed body in reading order with their place in the canonical text, and
 * the canonical text itself: the text of each leaf, blocks separated by `BLOCK_SEPARATOR`.
 * Markup (`**`, `[…](…)`, `#`, list bullets) is not part of it; link addresses are not either.
 */
export function textLeaves(tree: Root): { text: string; leaves: TextLeaf[] } {
  const leaves: TextLeaf[] = [];
  let text = '';
  let newBlock = false;
  const visit = (node: Nodes) => {
    const value = leafText(node);
    if (value !== null) {
      if (value === '') return;
      if (newBlock && text.length > 0) text += BLOCK_SEPARATOR;
      newBlock = false;
      leaves.push({
        node: node as LeafNode,
        text: value,
        start: text.length,
        end: text.length + value.length,
      });
      text += value;
      return;
    }
    if (node.type === 'definition' || !('children' in node)) return;
    const flow = FLOW_CONTAINERS.has(node.type);
    for (const child of node.children as Nodes[]) {
      if (flow) newBlock = true;
      visit(child);
    }
  };
  visit(tree);
  return { text, leaves };
}

/** The text a reader of the rendered body sees: what redaction spans count in. */
export function canonicalText(body: string): string {
  return textLeaves(parseMarkdown(body)).text;
}
