import { useMemo } from 'react';
import { useConsoleQueueContextQuery, type ConsoleQueueContextQuery } from './queue.generated';

export type QueueArea = ConsoleQueueContextQuery['collaboration']['areas']['nodes'][number];
export type QueueOverlap = ConsoleQueueContextQuery['collaboration']['overlaps']['nodes'][number];

/** Names of organizations and areas, overlaps and ledger settings of a collaboration. */
export interface QueueDirectory {
  readonly organizationName: (id: string) => string;
  readonly area: (id: string) => QueueArea | undefined;
  readonly overlaps: (ids: readonly string[]) => QueueOverlap[];
  readonly ledger: ConsoleQueueContextQuery['ledgerSettings'] | null;
}

export function useQueueDirectory(collaborationId: string) {
  const query = useConsoleQueueContextQuery({ variables: { collaborationId } });
  const data = query.data;
  const directory = useMemo<QueueDirectory>(() => {
    const names = new Map(
      (data?.collaboration.participations ?? []).map((p) => [
        p.organizationId,
        p.organization.name,
      ]),
    );
    const areas = new Map((data?.collaboration.areas.nodes ?? []).map((a) => [a.id, a]));
    const overlaps = new Map((data?.collaboration.overlaps.nodes ?? []).map((o) => [o.id, o]));
    return {
      organizationName: (id) => names.get(id) ?? '',
      area: (id) => areas.get(id),
      overlaps: (ids) => ids.flatMap((id) => overlaps.get(id) ?? []),
      ledger: data?.ledgerSettings ?? null,
    };
  }, [data]);
  return {
    directory,
    ready: !!data,
    loading: query.loading,
    error: query.error,
    refetch: query.refetch,
  };
}
