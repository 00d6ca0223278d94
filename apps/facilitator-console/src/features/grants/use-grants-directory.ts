import { useMemo } from 'react';
import { useConsoleGrantsContextQuery } from './grants.generated';

/** Names of the organizations and areas of a collaboration. */
export function useGrantsDirectory(collaborationId: string) {
  const query = useConsoleGrantsContextQuery({ variables: { collaborationId } });
  const data = query.data;
  return useMemo(() => {
    const names = new Map(
      (data?.collaboration.participations ?? []).map((p) => [
        p.organizationId,
        p.organization.name,
      ]),
    );
    const areas = new Map((data?.collaboration.areas.nodes ?? []).map((a) => [a.id, a.name]));
    return {
      organizationName: (id: string) => names.get(id) ?? '',
      areaName: (id: string) => areas.get(id) ?? '',
    };
  }, [data]);
}

export type GrantsDirectory = ReturnType<typeof useGrantsDirectory>;
