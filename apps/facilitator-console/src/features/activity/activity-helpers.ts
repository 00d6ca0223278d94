import type { ActivityDimension } from '@alianza/graphql-client/types';
import type {
  ConsoleActivityOptionFragment,
  ConsoleDetectedOverlapFragment,
} from './activity.generated';

export type DetectedOverlap = ConsoleDetectedOverlapFragment;
export type ActivityOption = ConsoleActivityOptionFragment;

export const DIMENSIONS: readonly ActivityDimension[] = ['MARKET', 'SEGMENT', 'PRODUCT'];

/** What the API accepts in one list. */
export const LIST_LIMITS = { labels: 100, labelLength: 200 } as const;

/** Case- and space-insensitive identity of a label, as the API compares them. */
const labelKey = (label: string) => label.normalize('NFKC').toLowerCase();

export interface ParsedLabels {
  labels: string[];
  /** Labels written more than once (ignoring case), as first written. */
  repeated: string[];
  tooLong: boolean;
  tooMany: boolean;
}

/** The labels of a list typed one per line: trimmed, inner spaces collapsed, blanks dropped. */
export function parseLabels(text: string): ParsedLabels {
  const labels = text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const seen = new Set<string>();
  const repeated: string[] = [];
  for (const label of labels) {
    const key = labelKey(label);
    if (seen.has(key) && !repeated.some((r) => labelKey(r) === key)) repeated.push(label);
    seen.add(key);
  }
  return {
    labels,
    repeated,
    tooLong: labels.some((l) => l.length > LIST_LIMITS.labelLength),
    tooMany: labels.length > LIST_LIMITS.labels,
  };
}

/** Current labels a new list leaves out (their declarations go with them). */
export function removedLabels(current: readonly string[], next: readonly string[]): string[] {
  const kept = new Set(next.map(labelKey));
  return current.filter((label) => !kept.has(labelKey(label)));
}

/** The detected overlaps of one area, pairs and groups apart (the API's order kept). */
export function overlapsOfArea(
  overlaps: readonly DetectedOverlap[],
  areaId: string | undefined,
): { pairs: DetectedOverlap[]; groups: DetectedOverlap[] } {
  const inArea = overlaps.filter((o) => o.areaId === areaId);
  return {
    pairs: inArea.filter((o) => o.kind === 'PAIR'),
    groups: inArea.filter((o) => o.kind === 'GROUP'),
  };
}

/** Still waiting for the facilitator: never reviewed, or changed since it was dismissed. */
export const needsReview = (overlap: Pick<DetectedOverlap, 'status'>) => overlap.status === 'NEW';

/** The words a note is made of, in the reader's language. */
/**
 * The note a declared overlap starts with, in the reader's language. The organizations involved
 * read declared overlaps, so it names none of the detected facts (their private declarations).
 */
export function defaultNote(start: string): string {
  return `${start}.`;
}
