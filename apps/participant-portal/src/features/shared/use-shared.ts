import { useLiveNotifications, useLoadMore } from '@alianza/ui';
import { useMemo } from 'react';
import {
  usePortalHeldGrantsQuery,
  usePortalSharedContextQuery,
  usePortalSharedWithMeQuery,
} from './shared.generated';

export const PAGE_SIZE = 20;
/**
 * Another page size than the cards': both lists read `sharedWithMe`, with different fields, and
 * `first` is part of a list's cache key, so the cache keeps them apart.
 */
export const GRANTS_PAGE_SIZE = 50;

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
    const areas = [...(data?.collaboration.areas.nodes ?? [])]
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
  const more = useLoadMore(query, 'sharedWithMe');
  const moreGrants = useLoadMore(grants, 'sharedWithMe');

  useLiveNotifications(['GRANT_RECEIVED', 'GRANT_REVOKED'], (notification) => {
    if (notification.collaborationId !== collaborationId) return;
    void query.refetch();
    void grants.refetch();
  });

  return {
    items: {
      connection: query.data?.sharedWithMe,
      loading: query.loading,
      error: query.error,
      refetch: () => void query.refetch(),
      more,
    },
    grants: {
      connection: grants.data?.sharedWithMe,
      loading: grants.loading,
      error: grants.error,
      refetch: () => void grants.refetch(),
      more: moreGrants,
    },
  };
}
