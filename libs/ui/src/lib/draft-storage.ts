/** Drafts of forms in this browser's storage, one per user and form (see `useDraft`). */
const PREFIX = 'alianza:draft:';

export function storageKey(userId: string, key: string): string {
  return `${PREFIX}${userId}:${key}`;
}

// Storage may be full or refused (private windows, policies): a draft is a convenience, never a
// reason for a form to fail.
export function readDraft(name: string): Record<string, unknown> | null {
  try {
    const text = window.localStorage.getItem(name);
    const value: unknown = text ? JSON.parse(text) : null;
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}
export function writeDraft(name: string, value: Record<string, unknown> | null): void {
  try {
    if (value) window.localStorage.setItem(name, JSON.stringify(value));
    else window.localStorage.removeItem(name);
  } catch {
    // Nothing to do: the form still works, only without a draft.
  }
}

/** Forgets every draft of a user (when they sign out: the computer may be shared). */
export function clearDrafts(userId: string): void {
  try {
    const mine = `${PREFIX}${userId}:`;
    const names = Array.from({ length: window.localStorage.length }, (_, i) =>
      window.localStorage.key(i),
    );
    for (const name of names) if (name?.startsWith(mine)) window.localStorage.removeItem(name);
  } catch {
    // As in `writeDraft`.
  }
}
