import type { Locale } from '@alianza/graphql-client/types';
import type { Language } from '@alianza/i18n';
import { useEffect } from 'react';
import { useT } from './i18n';

/** The API's name of a language of the apps. */
export function apiLocale(language: string): Locale {
  return language === 'en' ? 'EN' : 'ES';
}

/** The language of the apps the API's locale names. */
export function languageOf(locale: Locale): Language {
  return locale === 'EN' ? 'en' : 'es';
}

/**
 * Signed in, the account's language wins over the one this browser remembered, and becomes the
 * one it remembers (ADR 0028). `locale` comes with the signed-in user: no request of its own.
 */
export function useAccountLanguage(locale: Locale | undefined): void {
  const { i18n } = useT('common');
  useEffect(() => {
    if (!locale) return;
    const language = languageOf(locale);
    if (i18n.language !== language) void i18n.changeLanguage(language);
  }, [locale, i18n]);
}
