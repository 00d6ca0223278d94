import { canonicalText } from './canonical-text';
import { normalizeSpans, type Span } from './spans';

/**
 * Finding a hidden field's value where it is still visible. Decisions (docs/adr/0013):
 * - text is compared folded: lower case, accents and other marks removed, runs of blanks equal;
 * - a match must stand alone: no letter or digit right before or after it ("Sur" is not found
 *   in "Surco", but is in "Harinas Sur," or "(Sur)");
 * - numbers (a number field, or a text field that is only a number) are compared by value in
 *   every way people write them: "0,62" = "0.62" = "0.620"; "1.234,5" = "1 234,5" = "1234.5";
 *   a lone separator before exactly three digits ("1.234") may be either, so it matches both
 *   1234 and 1.234; a number glued after a letter ("A0,62") is a code, not the number;
 * - text values shorter than three letters or digits are not searched (they would be found
 *   everywhere); numbers always are.
 */

/** The little of a field the finder needs. */
export interface ValueField {
  readonly key: string;
  readonly label: string;
  readonly text: string | null;
  readonly number: number | null;
}

/**
 * The text of a file a recipient gets, as far as it gets it: the pages shared of a PDF, each
 * sheet of a workbook (`page` null), the whole of a CSV (both null).
 */
export interface SharedFileText {
  readonly fileId: string;
  readonly fileName: string;
  readonly parts: readonly { page: number | null; sheet: string | null; text: string }[];
}

/** A page of a PDF, a sheet of a workbook, or a whole CSV, that shows a hidden value. */
export interface FileLocation {
  readonly fileId: string;
  readonly fileName: string;
  readonly page: number | null;
  readonly sheet: string | null;
}

/** Where a hidden field's value can still be read by a recipient. */
export interface HiddenValueLeak {
  readonly fieldKey: string;
  readonly fieldLabel: string;
  /** Spans of the body's canonical text, not hidden, that show the value. */
  readonly inBody: Span[];
  /** Visible fields whose value shows it. */
  readonly inFieldKeys: string[];
  readonly inTitle: boolean;
  /** Parts of the files the recipient gets that show it (only where their text is known). */
  readonly inFiles: FileLocation[];
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MIN_TEXT_LENGTH = 3;

/** The text folded for comparison, and for each folded character the index it came from. */
function fold(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const plain = char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s/gu, ' ');
    for (const c of plain) {
      folded += c;
      for (let i = 0; i < c.length; i++) origin.push(index);
    }
    index += char.length;
  }
  origin.push(text.length);
  return { folded, origin };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A number as people write it: digits with `.` or `,` between groups, or blanks before thousands. */
const NUMBER = /\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*/g;

/** Every value a written number may mean (see the decisions above). */
export function numberReadings(written: string): number[] {
  const token = written.replace(/[\u00a0\u202f ]/g, '');
  const separators = token.match(/[.,]/g) ?? [];
  if (separators.length === 0) return [Number(token)];
  const last = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','));
  const digits = (s: string) => s.replace(/\D/g, '');
  const whole = digits(token.slice(0, last));
  const fraction = token.slice(last + 1);
  // One kind of separator, several times: it groups thousands ("1.234.567").
  if (new Set(separators).size === 1 && separators.length > 1) return [Number(digits(token))];
  const readings = [Number(`${whole}.${fraction}`)];
  // A lone separator before exactly three digits may group thousands too ("1.234").
  if (separators.length === 1 && fraction.length === 3 && !whole.startsWith('0')) {
    readings.push(Number(whole + fraction));
  }
  return readings;
}

const sameNumber = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** The value as a number, when it is one (a number field, or a text that is only a number). */
function numericValue(field: Pick<ValueField, 'text' | 'number'>): number | null {
  if (field.number !== null && Number.isFinite(field.number)) return field.number;
  const text = field.text?.trim() ?? '';
  if (text && new RegExp(`^${NUMBER.source}$`).test(text)) {
    const readings = numberReadings(text);
    return readings.length === 1 ? (readings[0] as number) : null;
  }
  return null;
}

/** Where a field's value occurs in a text (offsets of that text), per the decisions above. */
export function findValue(field: Pick<ValueField, 'text' | 'number'>, text: string): Span[] {
  const found: Span[] = [];
  const number = numericValue(field);
  if (number !== null) {
    for (const match of text.matchAll(NUMBER)) {
      const start = match.index;
      const end = start + match[0].length;
      // Part of a code ("A0,62", "ref-x62"): not this number. A unit may follow ("0,62€", "12kg").
      if (LETTER_OR_DIGIT.test(text[start - 1] ?? '')) continue;
      if (numberReadings(match[0]).some((r) => sameNumber(r, number))) found.push({ start, end });
    }
    return found;
  }
  const value = fold(field.text ?? '')
    .folded.trim()
    .replace(/ +/g, ' ');
  if ([...value].filter((c) => LETTER_OR_DIGIT.test(c)).length < MIN_TEXT_LENGTH) return found;
  const { folded, origin } = fold(text);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])${value.split(' ').map(escape).join(' +')}(?![\\p{L}\\p{N}])`,
    'gu',
  );
  for (const match of folded.matchAll(pattern)) {
    const start = origin[match.index] as number;
    const end = origin[match.index + match[0].length] as number;
    found.push({ start, end });
  }
  return found;
}

/**
 * What a recipient could still read of each hidden field: its value in the body (outside the
 * hidden spans), in the title, in a field left visible, or in the text of a file it gets
 * (`files`: only the server knows it). The same function runs in the owner's dialog, the
 * facilitator's review and on the server.
 */
export function findHiddenValueLeaks(content: {
  title: string;
  body: string;
  fields: readonly ValueField[];
  redaction: { readonly fieldKeys: readonly string[]; readonly spans: readonly Span[] };
  files?: readonly SharedFileText[];
}): HiddenValueLeak[] {
  const hiddenKeys = new Set(content.redaction.fieldKeys);
  const spans = normalizeSpans(content.redaction.spans);
  const text = canonicalText(content.body);
  const visible = content.fields.filter((f) => !hiddenKeys.has(f.key));
  const shownAs = (f: ValueField) => f.text ?? (f.number === null ? '' : String(f.number));
  const leaks: HiddenValueLeak[] = [];
  for (const field of content.fields.filter((f) => hiddenKeys.has(f.key))) {
    const inBody = findValue(field, text).filter(
      (o) => !spans.some((s) => s.start <= o.start && s.end >= o.end),
    );
    const inFieldKeys = visible
      .filter((other) => findValue(field, shownAs(other)).length > 0)
      .map((other) => other.key);
    const inTitle = findValue(field, content.title).length > 0;
    const inFiles = (content.files ?? []).flatMap(({ fileId, fileName, parts }) =>
      parts
        .filter((part) => findValue(field, part.text).length > 0)
        .map(({ page, sheet }) => ({ fileId, fileName, page, sheet })),
    );
    if (inBody.length || inFieldKeys.length || inTitle || inFiles.length) {
      leaks.push({
        fieldKey: field.key,
        fieldLabel: field.label,
        inBody,
        inFieldKeys,
        inTitle,
        inFiles,
      });
    }
  }
  return leaks;
}
