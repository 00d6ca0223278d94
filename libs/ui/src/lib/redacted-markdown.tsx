import { Badge, Typography } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import type { ComponentProps, CSSProperties } from 'react';
import { useT } from './i18n';
import Markdown, { type Components } from 'react-markdown';
import { MARKER_STAND_IN as PLACEHOLDER, markersStandingIn } from '@alianza/redaction';
import { REDACTION_MARKER } from '@alianza/shared';

const MARKER_CLASS = 'alianza-redaction-marker';

/** The little of mdast this plugin touches. */
interface MdNode {
  type: string;
  value?: string;
  alt?: string | null;
  children?: MdNode[];
  data?: Record<string, unknown>;
}

function markerNode(): MdNode {
  return {
    type: 'text',
    value: '',
    data: { hName: 'span', hProperties: { className: [MARKER_CLASS] }, hChildren: [] },
  };
}

function splitText(value: string): MdNode[] {
  return value
    .split(PLACEHOLDER)
    .flatMap((part, i) => [
      ...(i > 0 ? [markerNode()] : []),
      ...(part ? [{ type: 'text', value: part }] : []),
    ]);
}

/** Turns every placeholder in text into a marker node; code and alt texts keep the marker text. */
function replaceMarkers(node: MdNode): void {
  if (!node.children) return;
  node.children = node.children.flatMap((child) => {
    if (child.type === 'text' && child.value?.includes(PLACEHOLDER)) return splitText(child.value);
    if (typeof child.value === 'string') {
      child.value = child.value.replaceAll(PLACEHOLDER, REDACTION_MARKER);
    }
    if (typeof child.alt === 'string')
      child.alt = child.alt.replaceAll(PLACEHOLDER, REDACTION_MARKER);
    replaceMarkers(child);
    return [child];
  });
}

function remarkRedactionMarkers() {
  return (tree: MdNode) => replaceMarkers(tree);
}

/** The visible stand-in for a part of the text the owner or the facilitator hid. */
export function RedactionChip() {
  const { t } = useT('common');
  return (
    <Badge
      component="span"
      color="dark"
      variant="filled"
      radius="sm"
      size="sm"
      tt="none"
      fw={600}
      leftSection={<IconEyeOff size={12} aria-hidden />}
      mx={2}
      style={{ verticalAlign: 'baseline' }}
      data-redaction-marker
    >
      {t('redaction.marker')}
    </Badge>
  );
}

function Span({ node, ...props }: ComponentProps<'span'> & { node?: { properties?: object } }) {
  const className = (node?.properties as { className?: unknown } | undefined)?.className;
  if (Array.isArray(className) && className.includes(MARKER_CLASS)) return <RedactionChip />;
  return <span {...props} />;
}

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

interface HeadingNode extends MdNode {
  depth?: number;
}

function headings(node: HeadingNode, found: HeadingNode[] = []): HeadingNode[] {
  if (node.type === 'heading') found.push(node);
  for (const child of node.children ?? []) headings(child, found);
  return found;
}

/**
 * Moves the body's headings under the heading around it: the body's top heading (`#` or `##`,
 * whichever the author started with) takes `level`, the next ones follow, never skipping one.
 */
function remarkHeadingLevel(level: HeadingLevel) {
  return (tree: MdNode) => {
    const all = headings(tree);
    const top = Math.min(...all.map((h) => h.depth ?? 1));
    for (const h of all) h.depth = Math.min(6, level + (h.depth ?? 1) - top);
  };
}

const COMPONENTS: Components = { span: Span };

/** In small text, the body's headings stay smaller than the section title around them. */
const SMALL_HEADINGS = {
  '--mantine-h4-font-size': 'var(--mantine-font-size-sm)',
  '--mantine-h5-font-size': 'var(--mantine-font-size-sm)',
  '--mantine-h6-font-size': 'var(--mantine-font-size-sm)',
} as CSSProperties;

/**
 * Markdown as the server redacted it: each `[█ redacted]` marker becomes a dark chip that
 * reads "texto oculto" / "redacted". Nothing is hidden here: the server already left it out.
 * Images are left out: the content comes from another organization.
 */
export function RedactedMarkdown(props: {
  body: string;
  /** The level the body's top heading takes (3 under an h2 card title). */
  headingLevel?: HeadingLevel;
  /** Text size: `sm` for texts inside a section (ground rules, publications). */
  size?: 'sm';
}) {
  // Each marker stands as one character while parsing: its brackets never make a link.
  const source = markersStandingIn(props.body);
  return (
    <Typography fz={props.size} style={props.size === 'sm' ? SMALL_HEADINGS : undefined}>
      <Markdown
        remarkPlugins={[remarkRedactionMarkers, [remarkHeadingLevel, props.headingLevel ?? 3]]}
        components={COMPONENTS}
        disallowedElements={['img']}
        unwrapDisallowed
      >
        {source}
      </Markdown>
    </Typography>
  );
}
