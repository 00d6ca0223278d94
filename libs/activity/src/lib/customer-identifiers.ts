import { createHmac } from 'node:crypto';
import { domainToASCII } from 'node:url';

/** What one upload may carry. */
export const CUSTOMER_LIST_LIMITS = {
  /** Size of the file's text, in UTF-8 bytes. */
  bytes: 2 * 1024 * 1024,
  /** Distinct identifiers after normalization. */
  identifiers: 50_000,
  /** Longest identifier kept (a domain name is at most 253 characters). */
  identifierLength: 253,
} as const;

/**
 * Mailboxes anyone can open: an address there names a person, not a customer organization, so
 * it is refused rather than turned into a domain every list would share.
 */
const PERSONAL_MAIL_DOMAINS = new Set([
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.es',
  'outlook.com',
  'outlook.es',
  'live.com',
  'msn.com',
  'yahoo.com',
  'yahoo.es',
  'icloud.com',
  'me.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'gmx.com',
  'gmx.es',
]);

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
const DOMAIN_LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
const TLD = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
const TAX_ID = /^[a-z0-9]{5,20}$/;
const HEADER = /^[\p{L}\s_-]+$/u;

/** `acme.es` from a host name, or null when it is not one. IDN hosts become punycode. */
function normalizeDomain(host: string): string | null {
  let h = host.replace(/\.$/, '');
  if (h.startsWith('www.')) h = h.slice('www.'.length);
  const ascii = domainToASCII(h);
  if (!ascii || ascii.length > CUSTOMER_LIST_LIMITS.identifierLength) return null;
  const labels = ascii.split('.');
  if (labels.length < 2) return null;
  if (!labels.every((label) => DOMAIN_LABEL.test(label))) return null;
  return TLD.test(labels[labels.length - 1] ?? '') ? ascii : null;
}

/** The host part of a URL-like text: no scheme, user, path, query, fragment or port. */
function hostOf(text: string): string {
  let rest = text.replace(SCHEME, '');
  rest = rest.split(/[/?#]/, 1)[0] ?? '';
  rest = rest.slice(rest.lastIndexOf('@') + 1);
  return rest.replace(/:\d*$/, '');
}

/**
 * The canonical form of one customer identifier, or null when it is none:
 * - an email address becomes its domain (`Ana@ACME.es` → `acme.es`), except personal mailboxes;
 * - a domain or URL becomes its bare host (`https://www.acme.es:443/x` → `acme.es`);
 * - a tax id loses spaces, dots, dashes and slashes (`B-1234.5678` → `b12345678`): 5 to 20
 *   letters and digits, at least one digit.
 * NFKC first, so full-width or composed characters compare equal; then lower case.
 */
export function normalizeIdentifier(raw: string): string | null {
  const text = raw.normalize('NFKC').trim().toLowerCase();
  if (!text) return null;
  if (/^[^\s@/:]+@[^\s@]+$/.test(text)) {
    const domain = normalizeDomain(text.slice(text.indexOf('@') + 1));
    return domain && !PERSONAL_MAIL_DOMAINS.has(domain) ? domain : null;
  }
  if (text.includes('@') && !SCHEME.test(text)) return null;
  const host = hostOf(text);
  const lastLabel = host.replace(/\.$/, '').split('.').pop() ?? '';
  if (SCHEME.test(text) || (host.includes('.') && /^\p{L}/u.test(lastLabel))) {
    return normalizeDomain(host);
  }
  const taxId = text.replace(/[\s./-]/g, '');
  return TAX_ID.test(taxId) && /\d/.test(taxId) ? taxId : null;
}

/** The first column of a CSV (`,`, `;` or tab separated) line, without its quotes. */
function firstColumn(line: string): string {
  const text = line.trim();
  if (text.startsWith('"')) {
    const end = text.indexOf('"', 1);
    return end > 0 ? text.slice(1, end) : text.slice(1);
  }
  return text.split(/[,;\t]/, 1)[0] ?? '';
}

export interface ParsedCustomerList {
  /** Distinct normalized identifiers, in order of first appearance. */
  identifiers: string[];
  /** Lines whose identifier was already there. */
  duplicates: number;
  /** Non-blank lines with no valid identifier (the header line aside). */
  rejected: number;
  /** Whether the first line was skipped as a header. */
  header: boolean;
}

/**
 * Reads a customer list: one identifier per line, or a CSV whose first column holds it. Blank
 * lines are skipped, and so is a first line that is an obvious header ("NIF", "Dominio web").
 */
export function parseCustomerList(content: string): ParsedCustomerList {
  const seen = new Set<string>();
  let duplicates = 0;
  let rejected = 0;
  let header = false;
  let first = true;
  for (const line of content.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/)) {
    if (!line.trim()) continue;
    const column = firstColumn(line);
    const identifier = normalizeIdentifier(column);
    const isFirst = first;
    first = false;
    if (identifier === null) {
      if (isFirst && HEADER.test(column.trim())) header = true;
      else rejected++;
    } else if (seen.has(identifier)) {
      duplicates++;
    } else {
      seen.add(identifier);
    }
  }
  return { identifiers: [...seen], duplicates, rejected, header };
}

/** HMAC-SHA256 of a normalized identifier under a collaboration's key: all that is stored. */
export function hashIdentifier(key: Buffer, identifier: string): Buffer {
  return createHmac('sha256', key).update(identifier, 'utf8').digest();
}
