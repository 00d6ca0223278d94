import type { SearchHitView } from '@alianza/ui';

/** Where a search hit opens in the console: the screen that shows it, in its collaboration. */
export function consoleSearchLink(
  hit: Pick<SearchHitView, 'kind' | 'collaborationId'>,
): string | null {
  const base = `/c/${hit.collaborationId}`;
  switch (hit.kind) {
    case 'ITEM':
      return `${base}/queue`;
    case 'SHARED_ITEM':
      return `${base}/grants`;
    case 'PUBLICATION':
      return `${base}/publications`;
    case 'QUESTION':
    case 'PUBLISHED_ANSWER':
      return `${base}/questions`;
    case 'OBJECTIVE':
    case 'MILESTONE':
    case 'TASK':
      return `${base}/plan`;
    case 'AUDIT_RECORD':
      return `${base}/audit`;
  }
}
