import type { CollaborationStatus } from '@alianza/graphql-client/types';
import { useLoadMore } from '@alianza/ui';
import { useConsoleCollaborationsQuery } from './collaborations.generated';

const PAGE_SIZE = 20;

/** The facilitator's collaborations, newest first, one page at a time. */
export function useCollaborations(status: CollaborationStatus | null) {
  const query = useConsoleCollaborationsQuery({
    variables: { status, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const more = useLoadMore(query, 'collaborations');
  const connection = query.data?.collaborations;
  return {
    collaborations: connection?.nodes ?? [],
    loading: query.loading && !more.loading,
    hasData: Boolean(connection),
    error: query.error,
    refetch: () => void query.refetch(),
    more,
  };
}
