import type { PDFFont } from 'pdf-lib';

/** Typographic characters outside the font, said with characters it has. */
const SUBSTITUTES: Record<string, string> = {
  '\u2192': '->',
  '\u2190': '<-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
  '\u2248': '~',
  '\u2713': 'v',
};

/**
 * Text the font can write. The standard PDF fonts (Helvetica, Courier) encode WinAnsi only:
 * Spanish and the Western European letters, €, “ ” ‘ ’ « », – — … are kept; another letter is
 * written as its base letter when it has one (ő → o, č → c), a few symbols as their ASCII
 * equivalent (→ as ->), and anything else as "?" (ł, Greek, Cyrillic, CJK, emoji). The spreadsheet exports carry
 * the exact text.
 */
export function pdfSafeText(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  const has = (char: string) => supported.has(char.codePointAt(0) ?? -1);
  let out = '';
  for (const char of text.normalize('NFC').replace(/[\t\r\n]+/g, ' ')) {
    if (has(char)) {
      out += char;
      continue;
    }
    const substitute = SUBSTITUTES[char];
    if (substitute) {
      out += substitute;
      continue;
    }
    const base = char.normalize('NFD').replace(/\p{M}/gu, '');
    out += base && [...base].every(has) ? base : '?';
  }
  return out;
}
