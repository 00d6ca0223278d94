/** Who a derivative is made for: what its watermark says, in the recipient's language. */
export interface Watermark {
  recipientOrganization: string;
  recipientPerson: string;
  /** Already formatted by the caller, e.g. '5 dic 2026'. */
  date: string;
  grantReference: string;
  language: 'es' | 'en';
}

const SHARED_WITH = { es: 'Compartido con', en: 'Shared with' } as const;
const REFERENCE = { es: 'ref.', en: 'ref.' } as const;
/** The title of the sheet an XLSX derivative gains. */
export const WATERMARK_SHEET = { es: 'Marca de agua', en: 'Watermark' } as const;

/** Line breaks, tabs and other control characters become spaces; runs of spaces one. */
export function oneLine(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Zl}\p{Zp}\s]+/gu, ' ')
    .trim();
}

/** The large, diagonal line: organization and person. */
export function watermarkHeadline(w: Watermark): string {
  return `${oneLine(w.recipientOrganization)} — ${oneLine(w.recipientPerson)}`;
}

/** "Compartido con … · persona · fecha · ref. XXXX" (or "Shared with …"). */
export function watermarkLine(w: Watermark): string {
  return [
    `${SHARED_WITH[w.language]} ${oneLine(w.recipientOrganization)}`,
    oneLine(w.recipientPerson),
    oneLine(w.date),
    `${REFERENCE[w.language]} ${oneLine(w.grantReference)}`,
  ].join(' · ');
}

const XML_ESCAPES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => XML_ESCAPES[c] ?? c);
}
