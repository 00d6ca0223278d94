import { Typography } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
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

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

function headingsOf(node: HastParent, found: HastParent[] = []): HastParent[] {
  if (node.tagName && /^h[1-6]$/.test(node.tagName)) found.push(node);
  for (const child of node.children ?? []) if (!isText(child)) headingsOf(child, found);
  return found;
}

/**
 * The page has its own headings: the content's go below them. The body's highest heading
 * (whether written `#` or `##`) takes `level`, the others follow it, so no level is skipped.
 */
function rehypeShiftHeadings(level: HeadingLevel) {
  return () => (tree: HastParent) => {
    const headings = headingsOf(tree);
    if (headings.length === 0) return;
    const rank = (heading: HastParent) => Number(heading.tagName?.slice(1));
    const top = Math.min(...headings.map(rank));
    for (const heading of headings)
      heading.tagName = `h${Math.min(6, level + rank(heading) - top)}`;
  };
}

const SHIFTS: Record<HeadingLevel, ReturnType<typeof rehypeShiftHeadings>> = {
  2: rehypeShiftHeadings(2),
  3: rehypeShiftHeadings(3),
  4: rehypeShiftHeadings(4),
  5: rehypeShiftHeadings(5),
  6: rehypeShiftHeadings(6),
};

const components: Components = {
  mark: ({ node: _node, ...props }) => <RedactionMark {...props} />,
};

/** The server's `[█ redacted]` marker, read in the user's language ("texto oculto" / "redacted"). */
function RedactionMark(props: ComponentProps<'mark'>) {
  const { t } = useTranslation('queue');
  const { children: _marker, ...rest } = props;
  return (
    <mark
      {...rest}
      style={{
        background: 'var(--mantine-color-gray-3)',
        color: 'var(--mantine-color-dark-7)',
        borderRadius: 3,
        padding: '0 4px',
        whiteSpace: 'nowrap',
      }}
    >
      <IconEyeOff size={12} aria-hidden style={{ verticalAlign: '-1px', marginRight: 3 }} />
      {t('redaction.marker')}
    </mark>
  );
}

/**
 * Markdown as a reader sees it, with the server's redaction markers highlighted and translated.
 * Images are kept as text: this content comes from another organization.
 */
export function RedactedMarkdown(props: {
  children: string;
  /** The level the body's highest heading takes, one below the heading around it (default 4). */
  headingLevel?: HeadingLevel;
}) {
  return (
    <Typography fz="sm">
      <Markdown
        rehypePlugins={[rehypeRedactionMarks, SHIFTS[props.headingLevel ?? 4]]}
        components={components}
        disallowedElements={['img']}
        unwrapDisallowed
      >
        {props.children}
      </Markdown>
    </Typography>
  );
}
