import { allPages, formatPageRanges, parsePageRanges } from '@alianza/shared';
/**
 * The facilitator's decision on each proposed file, per recipient (docs/adr/0032): keep it as
 * proposed, fewer pages, no download, or withheld. The approval may only narrow the owner's
 * proposal; the server checks the same (`checkWithinProposal`), this keeps the screen honest.
 */

/** What a recipient gets of one file (`FileShare`): `pages` null is the whole file. */
export interface FileShare {
  readonly fileId: string;
  readonly pages: readonly number[] | null;
  readonly download: boolean;
}

/** A file of the version, as the decision needs it (`ItemFile`). */
export interface VersionFile {
  readonly id: string;
  readonly name: string;
  /** Pages of a PDF; null for other kinds. */
  readonly pages?: number | null;
}

/** The facilitator's choice for one proposed file, for one recipient. */
export interface FileChoice {
  readonly withheld: boolean;
  /** Pages as typed ("1-5, 8"), among the proposed ones; null: the pages proposed. */
  readonly pages: string | null;
  readonly download: boolean;
}

/** Choices by file id; a file without one is shared as proposed. */
export type FileChoices = Readonly<Record<string, FileChoice>>;

/** Why typed pages cannot be used. */
export type PageRangeError = 'empty' | 'syntax' | 'outside';

export interface OfferedPages {
  /** The pages understood and allowed, sorted, each once (also when there is an error). */
  readonly pages: number[];
  readonly error: PageRangeError | null;
}

/**
 * Reads typed pages ("1-5, 8") against the pages `offered` by the owner: a page outside them or
 * a stray character is an error, and so is nothing at all.
 */
export function readOfferedPages(text: string, offered: readonly number[]): OfferedPages {
  const parsed = parsePageRanges(text, offered);
  const error: PageRangeError | null =
    parsed.unreadable.length > 0
      ? 'syntax'
      : parsed.outside.length > 0
        ? 'outside'
        : parsed.pages.length === 0
          ? 'empty'
          : null;
  return { pages: parsed.pages, error };
}

/** The pages the owner offers of a file: its listed pages, or all of a PDF; null when not a PDF. */
export function offeredPages(share: FileShare, file: VersionFile | undefined): number[] | null {
  if (share.pages) return [...share.pages];
  return file?.pages ? allPages(file.pages) : null;
}

/** The choice that keeps a proposed file as it was offered. */
export function proposedChoice(share: FileShare): FileChoice {
  return { withheld: false, pages: null, download: share.download };
}

/** What one recipient gets with the choices made: the files input and the errors by file id. */
export interface ResolvedFiles {
  /** The files to send for the recipient; null when nothing differs from the proposal. */
  readonly shares: FileShare[] | null;
  readonly errors: Readonly<Record<string, PageRangeError>>;
}

/**
 * Applies a recipient's choices to the proposal, in the proposal's order. Typed pages with an
 * error leave that file as proposed here (and block the approval: `errors`); pages equal to all
 * those offered are the proposal's; all of a PDF is the whole file (`null`), as the server stores it.
 */
export function resolveFileChoices(
  proposed: readonly FileShare[],
  files: readonly VersionFile[],
  choices: FileChoices | undefined,
): ResolvedFiles {
  const byId = new Map(files.map((f) => [f.id, f]));
  const errors: Record<string, PageRangeError> = {};
  let changed = false;
  const shares: FileShare[] = [];
  for (const offer of proposed) {
    const choice = choices?.[offer.fileId];
    if (!choice) {
      shares.push(offer);
      continue;
    }
    if (choice.withheld) {
      changed = true;
      continue;
    }
    const download = offer.download && choice.download;
    let pages = offer.pages;
    const offered = offeredPages(offer, byId.get(offer.fileId));
    if (choice.pages !== null && offered) {
      const parsed = readOfferedPages(choice.pages, offered);
      if (parsed.error) errors[offer.fileId] = parsed.error;
      else if (parsed.pages.length < offered.length) pages = parsed.pages;
    }
    if (download !== offer.download || pages !== offer.pages) changed = true;
    shares.push({ fileId: offer.fileId, pages, download });
  }
  return { shares: changed ? shares : null, errors };
}

/**
 * The choices that give a recipient what a grant gave it: for a decided request, so the
 * comparison shows each recipient's files as approved. Null when the grant kept the proposal.
 */
export function choicesFromShares(
  proposed: readonly FileShare[],
  granted: readonly FileShare[],
): FileChoices | null {
  const byId = new Map(granted.map((s) => [s.fileId, s]));
  const choices: Record<string, FileChoice> = {};
  for (const offer of proposed) {
    const share = byId.get(offer.fileId);
    const samePages = (share?.pages ?? null)?.join() === (offer.pages ?? null)?.join();
    if (share && samePages && share.download === offer.download) continue;
    choices[offer.fileId] = share
      ? {
          withheld: false,
          pages: samePages || !share.pages ? null : formatPageRanges(share.pages),
          download: share.download,
        }
      : { withheld: true, pages: null, download: false };
  }
  return Object.keys(choices).length ? choices : null;
}

/** Number of files whose choice differs from the proposal. */
export function changedFileCount(
  proposed: readonly FileShare[],
  files: readonly VersionFile[],
  choices: FileChoices | undefined,
): number {
  const { shares } = resolveFileChoices(proposed, files, choices);
  if (!shares) return 0;
  const byId = new Map(shares.map((s) => [s.fileId, s]));
  return proposed.filter((offer) => {
    const share = byId.get(offer.fileId);
    return !share || share.pages !== offer.pages || share.download !== offer.download;
  }).length;
}
