import { RedactedMarkdown } from '@alianza/ui';

/**
 * Markdown written by the facilitator (ground rules, publications), safely rendered; its
 * headings sit below the section that shows it (h4 and lower).
 */
export function MarkdownText(props: { children: string }) {
  return <RedactedMarkdown body={props.children} headingLevel={4} size="sm" />;
}
