import { Badge, Typography } from '@mantine/core';
import { IconEyeOff } from '@tabler/icons-react';
import type { ComponentProps } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import { REDACTION_MARKER } from './redaction-marker';

/** Stands for a marker while the markdown is parsed, so that its brackets never make a link. */
const PLACEHOLDER = '\uE000';
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
  const { t } = useTranslation('shared');
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
      {t('redacted.marker')}
    </Badge>
  );
}

function Span({ node, ...props }: ComponentProps<'span'> & { node?: { properties?: object } }) {
  const className = (node?.properties as { className?: unknown } | undefined)?.className;
  if (Array.isArray(className) && className.includes(MARKER_CLASS)) return <RedactionChip />;
  return <span {...props} />;
}

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

function shiftedHeading(level: HeadingLevel) {
  const Tag = HEADINGS[level - 1];
  return function Heading({ node: _node, ...props }: ComponentProps<'h1'> & { node?: unknown }) {
    return <Tag {...props} />;
  };
}

/** Components for a body whose `#` headings start at `level`, under the heading around it. */
function componentsFor(level: HeadingLevel): Components {
  const at = (depth: number) => shiftedHeading(Math.min(6, level + depth) as HeadingLevel);
  return { span: Span, h1: at(0), h2: at(1), h3: at(2), h4: at(3), h5: at(4), h6: at(5) };
}

const COMPONENTS = new Map(
  ([2, 3, 4, 5, 6] as const).map((level) => [level, componentsFor(level)] as const),
);

/**
 * Markdown as the server redacted it: each `[█ redacted]` marker becomes a dark chip that
 * reads "texto oculto" / "redacted". Nothing is hidden here: the server already left it out.
 */
export function RedactedMarkdown(props: {
  body: string;
  /** The level a `#` heading of the body takes (3 under an h2 card title). */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}) {
  const source = props.body.replaceAll(PLACEHOLDER, '').replaceAll(REDACTION_MARKER, PLACEHOLDER);
  return (
    <Typography>
      <Markdown
        remarkPlugins={[remarkRedactionMarkers]}
        components={COMPONENTS.get(props.headingLevel ?? 3)}
      >
        {source}
      </Markdown>
    </Typography>
  );
}
