import { useSearchQuery } from '@alianza/graphql-client';
import { Stack } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useT } from '../lib/i18n';
import { LoadMore } from '../lib/load-more';
import { EmptyState, QueryState } from '../lib/query-state';
import { PageHeader } from '../lib/shell';
import { useLoadMore } from '../lib/use-load-more';
import { SearchHitList, type SearchHitView } from './search-results';

/** The results of the shell's search box (`?q=`), best first, page by page. */
export function SearchPage(props: {
  linkTo: (hit: SearchHitView) => string | null;
  /** The facilitator's console says what it searches in its own words. */
  facilitator?: boolean;
}) {
  const { t } = useT('search');
  const [params] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const result = useSearchQuery({
    variables: { query, first: 20 },
    skip: !query,
    fetchPolicy: 'cache-and-network',
  });
  const more = useLoadMore(result, 'search');
  const hits = result.data?.search.nodes ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={query ? t('resultsFor', { query }) : t('title')}
        description={props.facilitator ? t('facilitatorDescription') : t('description')}
      />
      {!query ? (
        <EmptyState text={t('prompt')} />
      ) : (
        <QueryState
          loading={result.loading}
          error={result.error}
          hasData={!!result.data}
          empty={!!result.data && hits.length === 0}
          emptyText={t('empty', { query })}
          onRetry={() => void result.refetch()}
        >
          <SearchHitList hits={hits} linkTo={props.linkTo} />
          <LoadMore {...more} />
        </QueryState>
      )}
    </Stack>
  );
}
