import { Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';
import { REDACTION_MARKER } from './redaction';

interface HastText {
  type: 'text';
  value: string;
}
interface HastParent {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}
type HastNode = HastText | HastParent;

function isText(node: HastNode): node is HastText {
  return node.type === 'text';
}

/** Wraps each redaction marker of the rendered markdown in a `<mark>`, so it stands out. */
function rehypeRedactionMarks() {
  const visit = (node: HastParent) => {
    if (!node.children || node.tagName === 'code' || node.tagName === 'pre') return;
    const next: HastNode[] = [];
    for (const child of node.children) {
      if (!isText(child) || !child.value.includes(REDACTION_MARKER)) {
        if (!isText(child)) visit(child);
        next.push(child);
        continue;
      }
      child.value.split(REDACTION_MARKER).forEach((part, index) => {
        if (index > 0) {
          next.push({
            type: 'element',
            tagName: 'mark',
            properties: { dataRedaction: 'true' },
            children: [{ type: 'text', value: REDACTION_MARKER }],
          });
        }
        if (part) next.push({ type: 'text', value: part });
      });
    }
    node.children = next;
  };
  return (tree: HastParent) => visit(tree);
}

const components: Components = {
  // The page has its own headings: the content's start below them.
  h1: 'h4',
  h2: 'h5',
  h3: 'h6',
  h4: 'h6',
  h5: 'h6',
  mark: ({ node: _node, ...props }) => (
    <mark
      {...props}
      style={{
        background: 'var(--mantine-color-gray-3)',
        color: 'var(--mantine-color-dark-7)',
        borderRadius: 3,
        padding: '0 4px',
        whiteSpace: 'nowrap',
      }}
    />
  ),
};

/**
 * Markdown as a reader sees it, with the server's redaction markers highlighted. Links and
 * images are kept as text: this content comes from another organization.
 */
export function RedactedMarkdown(props: { children: string }) {
  return (
    <Typography fz="sm">
      <Markdown
        rehypePlugins={[rehypeRedactionMarks]}
        components={components}
        disallowedElements={['img']}
        unwrapDisallowed
      >
        {props.children}
      </Markdown>
    </Typography>
  );
}
