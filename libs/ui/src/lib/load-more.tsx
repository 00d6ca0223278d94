import { Button, Group, Text } from '@mantine/core';
import { useT } from './i18n';

/** "Showing 20 of 57 — Load more" under a paginated list. */
export function LoadMore(props: {
  shown: number;
  total: number;
  hasNextPage: boolean;
  loading?: boolean;
  onLoadMore: () => void;
}) {
  const { t } = useT('common');
  if (props.total === 0) return null;
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {t('pagination.showing', { shown: props.shown, total: props.total })}
      </Text>
      {props.hasNextPage && (
        <Button variant="default" size="xs" loading={props.loading} onClick={props.onLoadMore}>
          {t('actions.loadMore')}
        </Button>
      )}
    </Group>
  );
}
