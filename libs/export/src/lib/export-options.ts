import { AppError } from '@alianza/shared';

/** The languages a file is written in for people: Spanish first. */
export type ExportLanguage = 'es' | 'en';
export const EXPORT_LANGUAGES: readonly ExportLanguage[] = ['es', 'en'];

/** The Intl locale of each language (as the web apps format numbers and dates). */
export const EXPORT_LOCALES: Record<ExportLanguage, string> = { es: 'es-ES', en: 'en-GB' };

/** Most readers are in Spain: the time zone of the dates when the request names none. */
export const DEFAULT_EXPORT_TIME_ZONE = 'Europe/Madrid';

/** How a file for people is written: in whose language, and in which time zone its dates read. */
export interface ExportOptions {
  language: ExportLanguage;
  /** IANA name, e.g. `Europe/Madrid`. */
  timeZone: string;
}

/** Whether `name` is a time zone this runtime knows (IANA names, e.g. `Atlantic/Canary`). */
export function isTimeZone(name: string): boolean {
  if (!name || name.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/**
 * The options of a download from its query parameters: `lang` (`es` or `en`; else the account's
 * language) and `tz` (an IANA time zone; else Europe/Madrid). A value that is neither is refused
 * (BAD_USER_INPUT naming the parameter) rather than ignored.
 */
export function exportOptionsFrom(
  query: { lang?: unknown; tz?: unknown },
  accountLanguage: string | null | undefined,
): ExportOptions {
  const lang = query.lang;
  if (lang !== undefined && !EXPORT_LANGUAGES.includes(lang as ExportLanguage)) {
    throw AppError.badInput('The language of a file is `es` or `en`.', { field: 'lang' });
  }
  const tz = query.tz;
  if (tz !== undefined && (typeof tz !== 'string' || !isTimeZone(tz))) {
    throw AppError.badInput('The time zone is an IANA name, e.g. Europe/Madrid.', { field: 'tz' });
  }
  const fallback = EXPORT_LANGUAGES.find((l) => l === accountLanguage) ?? 'es';
  return {
    language: (lang as ExportLanguage | undefined) ?? fallback,
    timeZone: (tz as string | undefined) ?? DEFAULT_EXPORT_TIME_ZONE,
  };
}
