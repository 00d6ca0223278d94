import { Locale } from '@alianza/mail';

/** The day a link stops working, as the recipient reads dates (UTC: their zone is unknown). */
export function linkExpiryDate(locale: Locale, expiresAt: Date): string {
  return new Intl.DateTimeFormat(locale === Locale.ES ? 'es-ES' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(expiresAt);
}
