import { Paper, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One figure of the report: a label and its value, with an optional note under it. */
export function Stat(props: {
  label: string;
  value: ReactNode;
  note?: ReactNode;
  alert?: boolean;
}) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {props.label}
      </Text>
      <Text fw={700} size="lg" c={props.alert ? 'red' : undefined}>
        {props.value}
      </Text>
      {props.note && (
        <Text size="xs" c="dimmed">
          {props.note}
        </Text>
      )}
    </Paper>
  );
}
