import { useLiveNotifications, useLoadMore } from '@alianza/ui';
import { useMemo } from 'react';
import {
  usePortalItemRequestsQuery,
  usePortalItemsContextQuery,
  usePortalItemsQuery,
} from './items.generated';

export const PAGE_SIZE = 20;
/** Requests of one item come oldest first; a page this size is the whole history of most. */
export const REQUESTS_PAGE_SIZE = 50;

export interface Organization {
  id: string;
  name: string;
}

export interface AreaInfo {
  id: string;
  name: string;
  description: string;
  sensitivity: 'OPEN' | 'MODERATED' | 'RESTRICTED';
  position: number;
  /** Archived: it keeps its information and takes no new item (ADR 0040). */
  archivedAt: string | null;
}

/**
 * Who we are in this collaboration (one of our organizations' participations; a person may
 * belong to several), whom we can share with, and the areas.
 */
export function useItemsContext(collaborationId: string, chosenParticipationId: string | null) {
  const query = usePortalItemsContextQuery({ variables: { collaborationId } });
  const data = query.data;
  const derived = useMemo(() => {
    const mine = data?.collaboration.myParticipations ?? [];
    const participation = mine.find((p) => p.id === chosenParticipationId) ?? mine[0] ?? null;
    const participations = data?.collaboration.participations ?? [];
    const organizationNames = new Map(
      participations.map((p) => [p.organizationId, p.organization.name]),
    );
    const recipients: Organization[] = participations
      .filter((p) => p.active && p.organizationId !== participation?.organizationId)
      .map((p) => ({ id: p.organizationId, name: p.organization.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const areas: AreaInfo[] = [...(data?.collaboration.areas.nodes ?? [])].sort(
      (a, b) => a.position - b.position,
    );
    return {
      collaborationOpen: data?.collaboration.status === 'ACTIVE',
      collaborationStatus: data?.collaboration.status,
      myParticipations: mine,
      participation,
      recipients,
      organizationNames,
      areas,
      areasById: new Map(areas.map((a) => [a.id, a])),
    };
  }, [data, chosenParticipationId]);
  return {
    ...derived,
    loading: query.loading,
    error: query.error,
    refetch: () => void query.refetch(),
    hasData: Boolean(data),
  };
}

/** Our organization's items, page by page, optionally in one area. */
export function useMyItems(
  collaborationId: string,
  ownerOrganizationId: string | undefined,
  areaId: string | null,
) {
  const query = usePortalItemsQuery({
    variables: { collaborationId, ownerOrganizationId, areaId, first: PAGE_SIZE },
    skip: !ownerOrganizationId,
  });
  const more = useLoadMore(query, 'items');
  // A decision or a revocation changes the requests and grants shown on the cards.
  useLiveNotifications(['DISCLOSURE_DECIDED'], (notification) => {
    if (notification.collaborationId === collaborationId) void query.refetch();
  });
  return {
    connection: query.data?.items,
    loading: query.loading,
    error: query.error,
    refetch: () => void query.refetch(),
    more,
  };
}

/** The request a notification is about (its payload is a JSON object of related ids). */
export function requestIdOf(payload: string): string | null {
  try {
    const value: unknown = JSON.parse(payload);
    const id = (value as { requestId?: unknown } | null)?.requestId;
    return typeof id === 'string' ? id : null;
  } catch {
    return null;
  }
}

/** The disclosure requests of one item, newest first. */
export function useItemRequests(collaborationId: string, itemId: string) {
  const query = usePortalItemRequestsQuery({
    variables: { collaborationId, itemId, first: REQUESTS_PAGE_SIZE },
  });
  const more = useLoadMore(query, 'disclosureRequests');
  const connection = query.data?.disclosureRequests;
  useLiveNotifications(['DISCLOSURE_DECIDED'], (notification) => {
    const requestId = requestIdOf(notification.payload);
    if (connection?.nodes.some((r) => r.id === requestId)) void query.refetch();
  });
  const newestFirst = useMemo(() => [...(connection?.nodes ?? [])].reverse(), [connection]);
  return {
    requests: newestFirst,
    connection,
    loading: query.loading,
    error: query.error,
    refetch: () => void query.refetch(),
    more,
  };
}
