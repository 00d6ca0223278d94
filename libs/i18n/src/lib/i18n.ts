import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { commonMessages } from './common.messages';
import type { MessageBundle } from './messages';

export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'es';

const STORAGE_KEY = 'alianza.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language chosen before (kept in the browser), else Spanish. */
export function storedLanguage(): Language {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

/**
 * One i18next instance per app: `common` plus the app's namespaces, Spanish by default.
 * A missing key shows as `[ns:key]` in development so it cannot hide.
 */
export function createI18n(
  namespaces: Record<string, MessageBundle>,
  language: Language = storedLanguage(),
): I18n {
  const all: Record<string, MessageBundle> = { common: commonMessages, ...namespaces };
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources: { es: {}, en: {} },
    lng: language,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(all),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
    parseMissingKeyHandler: (key: string) => `[${key}]`,
  });
  instance.on('languageChanged', (lng) => {
    if (isLanguage(lng)) rememberLanguage(lng);
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  addMessages(instance, all);
  return instance;
}

/**
 * Adds namespaces to a running instance, e.g. the screens' texts when their code arrives (a
 * lazy chunk), so the sign-in page does not carry them. Adding one twice changes nothing.
 */
export function addMessages(instance: I18n, namespaces: Record<string, MessageBundle>): void {
  for (const [ns, bundle] of Object.entries(namespaces)) {
    if (instance.hasResourceBundle('es', ns)) continue;
    instance.addResourceBundle('es', ns, bundle.es);
    instance.addResourceBundle('en', ns, bundle.en);
  }
}

/** {@link addMessages} to the instance of the surrounding I18nextProvider, before the children render. */
export function useMessages(namespaces: Record<string, MessageBundle>): void {
  addMessages(useTranslation().i18n, namespaces);
}
