import type { CollaborationStatus } from '@alianza/graphql-client/types';
import { useState } from 'react';
import { useConsoleCollaborationsQuery } from './collaborations.generated';

const PAGE_SIZE = 20;

/** The facilitator's collaborations, newest first, one page at a time. */
export function useCollaborations(status: CollaborationStatus | null) {
  const query = useConsoleCollaborationsQuery({
    variables: { status, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const connection = query.data?.collaborations;
  const loadMore = async () => {
    if (!connection?.pageInfo.hasNextPage) return;
    setLoadingMore(true);
    try {
      await query.fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          collaborations: {
            ...fetchMoreResult.collaborations,
            nodes: [
              ...(previous.collaborations?.nodes ?? []),
              ...fetchMoreResult.collaborations.nodes,
            ],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  return {
    collaborations: connection?.nodes ?? [],
    totalCount: connection?.totalCount ?? 0,
    hasNextPage: connection?.pageInfo.hasNextPage ?? false,
    loading: query.loading && !loadingMore,
    hasData: Boolean(connection),
    error: query.error,
    refetch: () => void query.refetch(),
    loadMore,
    loadingMore,
  };
}
