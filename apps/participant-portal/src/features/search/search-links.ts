import type { SearchHitView } from '@alianza/ui';

/** Where a search hit opens in the portal: the screen that shows it, in its collaboration. */
export function portalSearchLink(
  hit: Pick<SearchHitView, 'kind' | 'collaborationId'>,
): string | null {
  const base = `/c/${hit.collaborationId}`;
  switch (hit.kind) {
    case 'ITEM':
      return `${base}/items`;
    case 'SHARED_ITEM':
      return `${base}/shared`;
    case 'PUBLICATION':
      return base;
    case 'QUESTION':
    case 'PUBLISHED_ANSWER':
      return `${base}/questions`;
    case 'OBJECTIVE':
    case 'MILESTONE':
    case 'TASK':
      return `${base}/plan`;
    case 'AUDIT_RECORD':
      return null;
  }
}
