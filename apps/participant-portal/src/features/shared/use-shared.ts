import { useLiveNotifications } from '@alianza/ui';
import { useMemo, useState } from 'react';
import {
  usePortalHeldGrantsQuery,
  usePortalSharedContextQuery,
  usePortalSharedWithMeQuery,
} from './shared.generated';

export const PAGE_SIZE = 20;
/** Another page size than the cards': both lists read `sharedWithMe`, with different fields. */
export const GRANTS_PAGE_SIZE = 50;

interface Connection<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}

/** The next page appended to the ones already shown. */
export function appendPage<T>(previous: Connection<T>, next: Connection<T>): Connection<T> {
  return { ...next, nodes: [...previous.nodes, ...next.nodes] };
}

export interface SharedFilters {
  ownerOrganizationId: string | null;
  areaId: string | null;
}

/** Who could have shared with us (the other participants) and the areas, for the filters. */
export function useSharedFilterOptions(collaborationId: string) {
  const { data } = usePortalSharedContextQuery({ variables: { collaborationId } });
  return useMemo(() => {
    const mine = new Set(data?.collaboration.myParticipations.map((p) => p.organizationId) ?? []);
    const owners = (data?.collaboration.participations ?? [])
      .filter((p) => !mine.has(p.organizationId))
      .map((p) => ({ value: p.organizationId, label: p.organization.name }))
      .sort((a, b) => a.label.localeCompare(b.label));
    const areas = [...(data?.areas ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((a) => ({ value: a.id, label: a.name }));
    // Unknown until loaded: say nothing rather than flash a notice.
    const participating = data ? data.collaboration.myParticipations.some((p) => p.active) : true;
    return { owners, areas, participating };
  }, [data]);
}

/** What was shared with us, page by page, refreshed live when access is granted or revoked. */
export function useSharedWithMe(collaborationId: string, filters: SharedFilters) {
  const query = usePortalSharedWithMeQuery({
    variables: {
      collaborationId,
      ownerOrganizationId: filters.ownerOrganizationId,
      areaId: filters.areaId,
      first: PAGE_SIZE,
    },
  });
  const grants = usePortalHeldGrantsQuery({
    variables: { collaborationId, first: GRANTS_PAGE_SIZE },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadingMoreGrants, setLoadingMoreGrants] = useState(false);

  useLiveNotifications(['GRANT_RECEIVED', 'GRANT_REVOKED'], (notification) => {
    if (notification.collaborationId !== collaborationId) return;
    void query.refetch();
    void grants.refetch();
  });

  const connection = query.data?.sharedWithMe;
  const loadMore = async () => {
    if (!connection?.pageInfo.endCursor) return;
    setLoadingMore(true);
    try {
      await query.fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          sharedWithMe: appendPage(previous.sharedWithMe, fetchMoreResult.sharedWithMe),
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };
  const grantConnection = grants.data?.sharedWithMe;
  const loadMoreGrants = async () => {
    if (!grantConnection?.pageInfo.endCursor) return;
    setLoadingMoreGrants(true);
    try {
      await grants.fetchMore({
        variables: { after: grantConnection.pageInfo.endCursor },
        updateQuery: (previous, { fetchMoreResult }) => ({
          sharedWithMe: appendPage(previous.sharedWithMe, fetchMoreResult.sharedWithMe),
        }),
      });
    } finally {
      setLoadingMoreGrants(false);
    }
  };

  return {
    items: {
      connection,
      loading: query.loading,
      error: query.error,
      refetch: () => void query.refetch(),
      loadMore: () => void loadMore(),
      loadingMore,
    },
    grants: {
      connection: grantConnection,
      loading: grants.loading,
      error: grants.error,
      refetch: () => void grants.refetch(),
      loadMore: () => void loadMoreGrants(),
      loadingMore: loadingMoreGrants,
    },
  };
}
