/** Escapes LIKE/ILIKE wildcards so user text matches literally (`ILIKE :q ESCAPE '\'`). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** `%text%` for a contains-search on user input. */
export function containsPattern(value: string): string {
  return `%${escapeLike(value)}%`;
}
