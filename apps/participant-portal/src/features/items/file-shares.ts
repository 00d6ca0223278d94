import type { FileShareInput } from '@alianza/graphql-client/types';
import type { PortalDisclosureRequestFragment, PortalItemVersionFragment } from './items.generated';

export type VersionFile = PortalItemVersionFragment['files'][number];
type ProposedShare = PortalDisclosureRequestFragment['proposedRedaction']['files'][number];

/** What the owner proposes for one file: nothing (the default), all of it, or some pages. */
export type ShareMode = 'withhold' | 'whole' | 'pages';

export interface FileChoice {
  mode: ShareMode;
  /** The pages chosen (1-based, sorted), for `pages`. */
  pages: number[];
  /** Whether recipients may download the copy, not only view it. */
  download: boolean;
}

/** Choices by file id; a file not listed is withheld. */
export type FileChoices = Readonly<Record<string, FileChoice>>;

export const WITHHELD: FileChoice = { mode: 'withhold', pages: [], download: false };

/** Only a PDF with a known page count can be shared in part (docs/adr/0032). */
export const pagePickable = (file: VersionFile): boolean =>
  file.kind === 'PDF' && (file.pages ?? 0) > 0;

export const choiceOf = (choices: FileChoices, fileId: string): FileChoice =>
  choices[fileId] ?? WITHHELD;

/** The choices of an earlier request, for the files the version still has (same id, same bytes). */
export function choicesFrom(
  shares: readonly ProposedShare[],
  files: readonly VersionFile[],
): FileChoices {
  const present = new Set(files.map((file) => file.id));
  return Object.fromEntries(
    shares
      .filter((share) => present.has(share.fileId))
      .map((share) => [
        share.fileId,
        {
          mode: share.pages ? 'pages' : 'whole',
          pages: share.pages ? [...share.pages] : [],
          download: share.download,
        } satisfies FileChoice,
      ]),
  );
}

/** Files set to "some pages" with none chosen: the request cannot go like that. */
export function filesWithoutPages(
  files: readonly VersionFile[],
  choices: FileChoices,
): VersionFile[] {
  return files.filter((file) => {
    const choice = choiceOf(choices, file.id);
    return choice.mode === 'pages' && choice.pages.length === 0;
  });
}

/**
 * The API's `RedactionInput.files`: the shared files in the version's order; withheld files are
 * left out (sharing is explicit); `pages` only for some pages of a PDF, else null (whole).
 */
export function toFileShareInputs(
  files: readonly VersionFile[],
  choices: FileChoices,
): FileShareInput[] {
  return files.flatMap((file) => {
    const choice = choiceOf(choices, file.id);
    if (choice.mode === 'withhold') return [];
    const some = choice.mode === 'pages' && pagePickable(file) && choice.pages.length > 0;
    const pages = some ? [...new Set(choice.pages)].sort((a, b) => a - b) : null;
    return [
      {
        fileId: file.id,
        pages: pages && pages.length === file.pages ? null : pages,
        download: choice.download,
      },
    ];
  });
}
