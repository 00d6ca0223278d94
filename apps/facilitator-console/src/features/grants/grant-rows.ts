import type { GrantState } from '@alianza/graphql-client/types';
import type { ConsoleGrantRowFragment, ConsoleGrantsQuery } from './grants.generated';

export interface GrantRow {
  readonly grant: ConsoleGrantRowFragment;
  /** Title of the version granted. */
  readonly title: string;
  readonly version: number | null;
  readonly areaId: string;
}

export type StateFilter = GrantState | 'ALL';

type ItemNode = ConsoleGrantsQuery['items']['nodes'][number];

/** One row per grant of the loaded items, newest first, optionally of one state only. */
export function grantRows(items: readonly ItemNode[], state: StateFilter = 'ALL'): GrantRow[] {
  const rows: GrantRow[] = [];
  for (const item of items) {
    const versions = new Map(item.versions.map((v) => [v.id, v]));
    for (const grant of item.grants) {
      if (state !== 'ALL' && grant.state !== state) continue;
      const version = versions.get(grant.itemVersionId);
      rows.push({
        grant,
        title: version?.title ?? item.versions[0]?.title ?? '',
        version: version?.version ?? null,
        areaId: item.areaId,
      });
    }
  }
  return rows.sort((a, b) => b.grant.createdAt.localeCompare(a.grant.createdAt));
}
