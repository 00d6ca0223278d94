/** Pages as people write them: "1–5, 8, 10–12" (an en dash between the ends of a run). */
export function formatPages(pages: readonly number[], dash = '–'): string {
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

/** What a typed list of pages says: the pages, and the parts that are not pages of the file. */
export interface ParsedPages {
  pages: number[];
  /** Parts that are not a number or a range ("a", "5-"). */
  unreadable: string[];
  /** Parts that fall outside 1..count ("14", "0-3"). */
  outside: string[];
}

/**
 * Reads "1-5, 8 10–12" (commas, semicolons or spaces between parts; a hyphen or a dash in a
 * range, either way round) into sorted, unique pages of a document of `count` pages.
 */
export function parsePages(text: string, count: number): ParsedPages {
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
    if (from < 1 || to > count) {
      outside.push(part);
      continue;
    }
    for (let page = from; page <= to; page += 1) pages.add(page);
  }
  return { pages: [...pages].sort((x, y) => x - y), unreadable, outside };
}
