import { Typography } from '@mantine/core';
import Markdown, { type Components } from 'react-markdown';

/** Headings inside a text sit below the section that shows it (h4 and lower). */
const COMPONENTS: Components = {
  h1: ({ children }) => <h4>{children}</h4>,
  h2: ({ children }) => <h5>{children}</h5>,
  h3: ({ children }) => <h6>{children}</h6>,
};

/** Markdown written by the facilitator, safely rendered (no raw HTML). */
export function MarkdownText(props: { children: string }) {
  return (
    <Typography fz="sm">
      <Markdown components={COMPONENTS}>{props.children}</Markdown>
    </Typography>
  );
}
