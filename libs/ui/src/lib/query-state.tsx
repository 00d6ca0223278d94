import { Center, Loader, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconInbox } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useT } from './i18n';
import { ErrorAlert } from './api-error';

/** Loading, error and empty states in one place, so no screen forgets one. */
export function QueryState(props: {
  loading: boolean;
  error?: unknown;
  /** Shown when there is data but nothing in it. */
  empty?: boolean;
  emptyText?: string;
  onRetry?: () => void;
  /** Only rendered once data is there. */
  children: ReactNode;
  hasData?: boolean;
}) {
  const { t } = useT('common');
  if (props.error && !props.hasData)
    return <ErrorAlert error={props.error} onRetry={props.onRetry} />;
  if (props.loading && !props.hasData) {
    return (
      <Center py="xl" aria-busy="true">
        <Loader size="sm" aria-label={t('state.loading')} />
        <Text ml="sm" c="dimmed" size="sm">
          {t('state.loading')}
        </Text>
      </Center>
    );
  }
  if (props.empty) return <EmptyState text={props.emptyText ?? t('state.empty')} />;
  return <>{props.children}</>;
}

export function EmptyState(props: { text: string; action?: ReactNode }) {
  return (
    <Stack align="center" py="xl" gap="xs">
      <ThemeIcon variant="light" color="gray" radius="xl" size="lg" aria-hidden>
        <IconInbox size={18} />
      </ThemeIcon>
      <Text c="dimmed" size="sm" ta="center">
        {props.text}
      </Text>
      {props.action}
    </Stack>
  );
}
