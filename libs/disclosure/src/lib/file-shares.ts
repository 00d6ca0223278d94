import { AppError, ItemFileKind } from '@alianza/shared';
import { FileShare, Redaction } from './entities/disclosure-request.entity';

/** A file of the version a redaction applies to, as the rules need it. */
export interface VersionFile {
  id: string;
  kind: ItemFileKind;
  /** Pages of a PDF; null for other kinds. */
  pages: number | null;
}

/** A file share as a client sends it (`FileShareInput`). */
export interface FileShareRequest {
  fileId: string;
  pages?: number[] | null;
  download?: boolean;
}

/** The files a recipient gets under a redaction: rows written before files were shared get none. */
export function sharedFiles(redaction: Redaction): FileShare[] {
  return redaction.files ?? [];
}

/**
 * Checks the files a redaction shares against the version's files and returns them canonical
 * (docs/adr/0032): each a file of the version, once; pages only of a PDF, within it, sorted and
 * each once (all of them is the whole file, `null`); in the version's order. Errors name the
 * entry (`redaction.files.1.pages`).
 */
export function validateFileShares(
  shares: readonly FileShareRequest[],
  files: readonly VersionFile[],
  field: string,
): FileShare[] {
  const byId = new Map(files.map((f) => [f.id, f]));
  const seen = new Set<string>();
  const valid = shares.map((share, index) => {
    const at = `${field}.${index}`;
    const fileId = share.fileId.toLowerCase();
    const file = byId.get(fileId);
    if (!file)
      throw AppError.badInput('Share only files of the version being shared.', {
        field: `${at}.fileId`,
      });
    if (seen.has(fileId))
      throw AppError.badInput('Name each file once.', { field: `${at}.fileId` });
    seen.add(fileId);
    return {
      fileId,
      pages: sharedPages(share.pages ?? null, file, `${at}.pages`),
      download: share.download ?? false,
    };
  });
  const order = new Map(files.map((f, i) => [f.id, i]));
  return valid.sort((a, b) => (order.get(a.fileId) ?? 0) - (order.get(b.fileId) ?? 0));
}

function sharedPages(pages: number[] | null, file: VersionFile, field: string): number[] | null {
  if (pages === null) return null;
  if (file.kind !== ItemFileKind.PDF || file.pages === null)
    throw AppError.badInput(
      'Only a PDF can be shared in part: share this file whole, or leave it out.',
      { field },
    );
  const count = file.pages;
  if (pages.length === 0)
    throw AppError.badInput('Name at least one page, or leave the file out.', { field });
  if (pages.some((p) => !Number.isInteger(p) || p < 1 || p > count))
    throw AppError.badInput(`Pages go from 1 to ${count}.`, { field });
  const sorted = [...new Set(pages)].sort((a, b) => a - b);
  return sorted.length === count ? null : sorted;
}

/**
 * The facilitator's files for one recipient may narrow the owner's proposal, never widen it:
 * each a proposed file, its pages among the proposed ones, download only where proposed.
 */
export function checkWithinProposal(
  decided: readonly FileShare[],
  proposed: readonly FileShare[],
  field: string,
): void {
  const byId = new Map(proposed.map((s) => [s.fileId, s]));
  decided.forEach((share, index) => {
    const at = `${field}.${index}`;
    const offer = byId.get(share.fileId);
    if (!offer)
      throw AppError.badInput('The owner did not propose to share this file.', {
        field: `${at}.fileId`,
      });
    const offered = offer.pages;
    if (offered !== null && (share.pages === null || share.pages.some((p) => !offered.includes(p))))
      throw AppError.badInput(
        `The owner proposed pages ${offered.join(', ')} only: approve those or fewer.`,
        { field: `${at}.pages` },
      );
    if (share.download && !offer.download)
      throw AppError.badInput('The owner proposed this file to view only.', {
        field: `${at}.download`,
      });
  });
}
