import { NotificationDelivery, NotificationKind, WebApp } from '@alianza/shared';
import { effectiveDelivery } from '../delivery-defaults';
import { appOf, homePath, notificationPath } from './notification-links';

/** A kind and collaboration of a user's waiting daily notifications, as the digest takes them. */
export interface DigestGroup {
  kind: NotificationKind;
  collaborationId: string;
  /** Whether the user facilitates the collaboration (the console is theirs there). */
  facilitates: boolean;
  count: number;
  /** The user's choice for the kind now (null: its default). */
  delivery: NotificationDelivery | null;
}

/** One line of a digest: a kind, how many, and the path of where to see them. */
export interface DigestEntry {
  kind: NotificationKind;
  count: number;
  path: string;
}

/**
 * What a user's digest lists: per kind, how many and where (the collaboration's screen when
 * they are all in one, else the app's home), leaving out the kinds the user has since kept in
 * the app; and the app the digest leads to (the console if the user facilitates any of them).
 * Nothing to list: undefined (no email).
 */
export function digestEntries(
  groups: readonly DigestGroup[],
): { entries: DigestEntry[]; app: WebApp } | undefined {
  const byKind = new Map<NotificationKind, DigestGroup[]>();
  for (const group of groups) {
    if (effectiveDelivery(group.kind, group.delivery) === NotificationDelivery.IN_APP) continue;
    byKind.set(group.kind, [...(byKind.get(group.kind) ?? []), group]);
  }
  if (byKind.size === 0) return undefined;
  const appFor = (of: readonly DigestGroup[]) => appOf(of.some((g) => g.facilitates));
  const entries = [...byKind].map(([kind, of]): DigestEntry => {
    const app = appFor(of);
    const collaborations = new Set(of.map((g) => g.collaborationId));
    const [only] = collaborations;
    return {
      kind,
      count: of.reduce((n, g) => n + g.count, 0),
      path: collaborations.size === 1 && only ? notificationPath(kind, only, app) : homePath(app),
    };
  });
  return { entries, app: appFor([...byKind.values()].flat()) };
}
