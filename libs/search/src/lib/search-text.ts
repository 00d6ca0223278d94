import { AppError } from '@alianza/shared';

/** What a search hit is: each kind opens its own screen. */
export enum SearchHitKind {
  /** One of the viewer's organization's items (the facilitator: any item of the collaboration). */
  ITEM = 'ITEM',
  /** An item shared with the viewer's organization, as approved (redacted). */
  SHARED_ITEM = 'SHARED_ITEM',
  PUBLICATION = 'PUBLICATION',
  QUESTION = 'QUESTION',
  PUBLISHED_ANSWER = 'PUBLISHED_ANSWER',
  OBJECTIVE = 'OBJECTIVE',
  MILESTONE = 'MILESTONE',
  TASK = 'TASK',
  /** A record of the audit log (the facilitator only). */
  AUDIT_RECORD = 'AUDIT_RECORD',
}

/** Limits of a search. */
export const SEARCH_LIMITS = {
  /** Characters of a query. */
  query: 200,
  /** How far into the ranked results one may page. */
  offset: 1_000,
} as const;

/**
 * The query as searched: white space collapsed; BAD_USER_INPUT naming `query` when nothing is
 * left or it is too long.
 */
export function searchQuery(query: string): string {
  const words = query.replace(/[\p{Cc}\s]+/gu, ' ').trim();
  if (!words) throw AppError.badInput('Type the words to find.', { field: 'query' });
  if (words.length > SEARCH_LIMITS.query)
    throw AppError.badInput(`A search has at most ${SEARCH_LIMITS.query} characters.`, {
      field: 'query',
    });
  return words;
}

/** Where the database marks the start and the end of a matched word (ts_headline). */
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** A piece of a highlighted text: matched words or the text between them. */
export interface TextSegment {
  text: string;
  match: boolean;
}

/**
 * Splits a text marked by ts_headline (`MATCH_START`…`MATCH_END`) into plain segments, so the
 * apps render them as text (never as HTML). Adjacent segments of the same kind are joined.
 */
export function segmentsOf(marked: string): TextSegment[] {
  const segments: TextSegment[] = [];
  const push = (text: string, match: boolean) => {
    if (!text) return;
    const last = segments[segments.length - 1];
    if (last && last.match === match) last.text += text;
    else segments.push({ text, match });
  };
  let rest = marked;
  while (rest) {
    const start = rest.indexOf(MATCH_START);
    if (start < 0) break;
    push(rest.slice(0, start), false);
    const end = rest.indexOf(MATCH_END, start + 1);
    if (end < 0) {
      rest = rest.slice(start + 1);
      break;
    }
    push(rest.slice(start + 1, end), true);
    rest = rest.slice(end + 1);
  }
  push(rest.replaceAll(MATCH_START, '').replaceAll(MATCH_END, ''), false);
  return segments;
}

/** The cursor after the first `offset` hits of a ranked search. */
export function encodeOffset(offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset })).toString('base64url');
}

/** The offset a cursor carries; BAD_USER_INPUT naming `after` for anything else. */
export function decodeOffset(cursor: string): number {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    const offset = (value as { o?: unknown } | null)?.o;
    if (
      typeof offset === 'number' &&
      Number.isInteger(offset) &&
      offset >= 0 &&
      offset <= SEARCH_LIMITS.offset
    )
      return offset;
  } catch {
    // fall through
  }
  throw AppError.badInput('"after" is not a cursor this search handed out.', { field: 'after' });
}
