import { ItemFileKind } from '@alianza/shared';
import { fileTypeFromBuffer } from 'file-type';

/** What a document is, decided from its first bytes. */
export interface DetectedType {
  mediaType: string;
  /** The extension its name must end with (without the dot). */
  extension: string;
  kind: ItemFileKind;
}

/** How much of the beginning is read to decide (office documents are ZIPs: their parts first). */
export const HEAD_BYTES = 256 * 1024;

/** The kinds accepted for now: a type that maps to none of them is refused. */
export const ACCEPTED_KINDS: ReadonlySet<ItemFileKind> = new Set([
  ItemFileKind.PDF,
  ItemFileKind.IMAGE,
  ItemFileKind.SPREADSHEET,
  ItemFileKind.DOCUMENT,
]);

/** Each accepted media type as `file-type` names it, with its kind. */
const KINDS: Record<string, ItemFileKind> = {
  'application/pdf': ItemFileKind.PDF,
  'image/png': ItemFileKind.IMAGE,
  'image/jpeg': ItemFileKind.IMAGE,
  'image/webp': ItemFileKind.IMAGE,
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ItemFileKind.SPREADSHEET,
  'application/vnd.oasis.opendocument.spreadsheet': ItemFileKind.SPREADSHEET,
  'text/csv': ItemFileKind.SPREADSHEET,
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ItemFileKind.DOCUMENT,
  'application/vnd.openxmlformats-officedocument.presentationml.presentation':
    ItemFileKind.DOCUMENT,
  'application/vnd.oasis.opendocument.text': ItemFileKind.DOCUMENT,
  'application/vnd.oasis.opendocument.presentation': ItemFileKind.DOCUMENT,
  'application/rtf': ItemFileKind.DOCUMENT,
  'text/plain': ItemFileKind.DOCUMENT,
};

export function kindOf(mediaType: string): ItemFileKind {
  return KINDS[mediaType] ?? ItemFileKind.OTHER;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Tab, line feed, form feed, carriage return. */
const ALLOWED_CONTROLS = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/**
 * Text when it decodes as UTF-8 (a code point cut at the end of `head` is allowed when there is
 * more to come) and holds no NUL nor other control character than tab, line feed, carriage
 * return and form feed.
 */
function isText(head: Uint8Array, complete: boolean): boolean {
  let bytes = head;
  if (!complete) {
    // Drop a multi-byte sequence cut by the end of the sample.
    let cut = bytes.length;
    for (let i = bytes.length - 1; i >= 0 && i >= bytes.length - 4; i--) {
      const b = bytes[i] ?? 0;
      if ((b & 0xc0) === 0x80) continue; // continuation byte
      if (b >= 0xc0) cut = i; // a lead byte: its sequence may be incomplete
      break;
    }
    bytes = bytes.subarray(0, cut);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x7f || (c < 0x20 && !ALLOWED_CONTROLS.has(c))) return false;
  }
  return true;
}

/**
 * The type of a document from its first bytes (`head`; `complete` when that is the whole of it),
 * by its content alone: magic numbers (file-type), else UTF-8 text; the declared name only tells
 * CSV from plain text. Undefined when it is neither.
 */
export async function detectType(
  head: Uint8Array,
  complete: boolean,
  declaredName: string,
): Promise<DetectedType | undefined> {
  if (head.length === 0) return undefined;
  const found = await fileTypeFromBuffer(head);
  if (found) {
    return { mediaType: found.mime, extension: found.ext, kind: kindOf(found.mime) };
  }
  if (!isText(head, complete)) return undefined;
  const csv = /\.(csv|tsv)$/i.test(declaredName.trim());
  return csv
    ? { mediaType: 'text/csv', extension: 'csv', kind: ItemFileKind.SPREADSHEET }
    : { mediaType: 'text/plain', extension: 'txt', kind: ItemFileKind.DOCUMENT };
}

/** Extensions that name the same type (the name keeps the one it had). */
const SAME_TYPE: Record<string, string[]> = { jpg: ['jpg', 'jpeg'], csv: ['csv', 'tsv'] };

export const MAX_NAME_LENGTH = 200;

/**
 * A name safe to show and to send back in `content-disposition`: the last part of a path,
 * Unicode NFC, without control, format (bidi overrides, zero-width) or separator characters
 * other than the space, trimmed of spaces and dots, at most 200 characters, ending with the
 * extension of the detected type (the declared one kept when it names that type, else replaced).
 */
export function sanitizeFileName(declared: string, extension: string): string {
  const lastPart = declared.split(/[/\\]/).pop() ?? '';
  const cleaned = lastPart
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\p{Zs}/gu, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  const declaredExtension = dot > 0 ? cleaned.slice(dot + 1).toLowerCase() : '';
  const kept = (SAME_TYPE[extension] ?? [extension]).includes(declaredExtension);
  const suffix = `.${kept ? declaredExtension : extension}`;
  let stem = (
    kept || (dot > 0 && /^[a-z0-9]{1,5}$/.test(declaredExtension)) ? cleaned.slice(0, dot) : cleaned
  ).replace(/[\s.]+$/g, '');
  if (stem === '') stem = 'document';
  // Cut by code points, so that no surrogate pair is split.
  const room = MAX_NAME_LENGTH - suffix.length;
  const points = [...stem];
  if (points.length > room)
    stem = points
      .slice(0, room)
      .join('')
      .replace(/[\s.]+$/g, '');
  return `${stem}${suffix}`;
}
