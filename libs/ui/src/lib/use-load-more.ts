import type { PageInfoFieldsFragment } from '@alianza/graphql-client';
import { useState } from 'react';

/** A connection as the API's lists return it (`pageInfo { ...PageInfoFields }`). */
export interface PagedConnection {
  readonly nodes: readonly unknown[];
  readonly totalCount: number;
  readonly pageInfo: PageInfoFieldsFragment;
}

/** What `useLoadMore` needs of an Apollo query result (`useXQuery(...)`). */
export interface PagedQuery<TData> {
  readonly data: TData | undefined;
  fetchMore(options: { variables: { after: string } }): Promise<unknown>;
}

/** The props of `<LoadMore>` for the list. */
export interface LoadMoreState {
  shown: number;
  total: number;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/**
 * "Load more" for the connection `field` of a query: fetches the page after the last cursor; the
 * cache's connection policy (`@alianza/graphql-client`) appends it to the list. Spread the
 * result into `<LoadMore>`.
 */
export function useLoadMore<TData, K extends keyof TData & string>(
  query: PagedQuery<TData>,
  field: NonNullable<TData[K]> extends PagedConnection ? K : never,
): LoadMoreState {
  const [loading, setLoading] = useState(false);
  const connection = query.data?.[field] as PagedConnection | undefined;
  const loadMore = async () => {
    const after = connection?.pageInfo.endCursor;
    if (!after) return;
    setLoading(true);
    try {
      await query.fetchMore({ variables: { after } });
    } finally {
      setLoading(false);
    }
  };
  return {
    shown: connection?.nodes.length ?? 0,
    total: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading,
    onLoadMore: () => void loadMore(),
  };
}
