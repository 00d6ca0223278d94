/**
 * Pages of a PDF as people write them ("1–5, 8, 10–12"): the owner's share dialog and the
 * facilitator's review read and write them the same way (docs/adr/0032).
 */

/** Pages as short runs: [8, 1, 2, 3] → "1–3, 8" (an en dash between the ends of a run). */
export function formatPageRanges(pages: readonly number[], dash = '–'): string {
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let i = 0; i < sorted.length;) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === (sorted[j] ?? 0) + 1) j += 1;
    runs.push(i === j ? `${sorted[i]}` : `${sorted[i]}${dash}${sorted[j]}`);
    i = j + 1;
  }
  return runs.join(', ');
}

/** 1..count. */
export function allPages(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}

/** What a typed list of pages says. */
export interface ParsedPageRanges {
  /** The pages read that are allowed, sorted, each once (also when some parts are wrong). */
  readonly pages: number[];
  /** Parts that are not a page or a range ("x", "5-"). */
  readonly unreadable: string[];
  /** Parts with a page that is not allowed ("14", "0", "11-13" when 13 is not). */
  readonly outside: string[];
}

/**
 * Reads "1-5, 8 10–12" (commas, semicolons or spaces between parts; a hyphen or any dash in a
 * range, either way round) against the pages `allowed` (of the document, or of a proposal).
 */
export function parsePageRanges(text: string, allowed: readonly number[]): ParsedPageRanges {
  const permitted = new Set(allowed);
  const last = Math.max(0, ...allowed);
  const pages = new Set<number>();
  const unreadable: string[] = [];
  const outside: string[] = [];
  const parts = text
    .replace(/\s*[-–—]\s*/g, '-')
    .split(/[\s,;]+/)
    .filter(Boolean);
  for (const part of parts) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part);
    if (!match) {
      unreadable.push(part);
      continue;
    }
    const a = Number(match[1]);
    const b = match[2] === undefined ? a : Number(match[2]);
    const [from, to] = a <= b ? [a, b] : [b, a];
    let whole = from >= 1 && to <= last;
    for (let page = Math.max(from, 1); page <= Math.min(to, last); page += 1) {
      if (permitted.has(page)) pages.add(page);
      else whole = false;
    }
    if (!whole) outside.push(part);
  }
  return { pages: [...pages].sort((x, y) => x - y), unreadable, outside };
}
