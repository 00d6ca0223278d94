import { Paper, Text } from '@mantine/core';

/** A message someone wrote to us (e.g. the facilitator's invitation), set apart from the UI text. */
export function QuotedMessage(props: { label: string; text: string }) {
  return (
    <Paper
      component="figure"
      m={0}
      p="sm"
      bg="var(--mantine-color-blue-0)"
      style={{ borderLeft: '3px solid var(--mantine-color-blue-5)' }}
    >
      <Text component="figcaption" size="xs" fw={700} c="blue.8" mb={4}>
        {props.label}
      </Text>
      <Text component="blockquote" size="sm" m={0} style={{ whiteSpace: 'pre-wrap' }}>
        {props.text}
      </Text>
    </Paper>
  );
}
