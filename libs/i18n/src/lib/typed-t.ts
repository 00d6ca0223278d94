import type { i18n as I18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { commonMessages } from './common.messages';
import type { MessageBundle } from './messages';

/** i18next's plural suffixes: `count_one`/`count_other` are asked for as `count` with `{ count }`. */
type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type WithoutPlural<K extends string> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/**
 * The dotted path to every text of a namespace, e.g. `'title' | 'status.to.ACTIVE'`. Computed
 * once per namespace (TypeScript caches the alias), so a call site only checks membership.
 */
export type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? WithoutPlural<K> : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

/**
 * The keys of a namespace whose text exists only in plural forms (`taskCount_one`,
 * `taskCount_other`, no `taskCount`): i18next picks the form by `count`, so `t` requires it.
 */
export type CountedKey<T> = {
  [K in keyof T & string]: T[K] extends string
    ? K extends `${infer Base}_${PluralSuffix}`
      ? Base extends keyof T
        ? never
        : Base
      : never
    : `${K}.${CountedKey<T[K]>}`;
}[keyof T & string];

/** The Spanish texts of each namespace of an app: `{ common: …, plan: …, ledger: … }`. */
export type CatalogueOf<Bundles extends Record<string, MessageBundle>> = {
  [N in keyof Bundles]: Bundles[N]['es'];
};

/** The texts every app has (`@alianza/i18n`'s `common` namespace). */
export type CommonTexts = (typeof commonMessages)['es'];

/** A catalogue: every app's namespaces plus `common`. */
export type Catalogue = { readonly common: CommonTexts };

/** The keys `t` takes in namespace `N`: its own, and `common:…` for the shared texts. */
export type KeyIn<C extends Catalogue, N extends keyof C> =
  MessageKey<C[N]> | `common:${MessageKey<C['common']>}`;

/** The keys of {@link KeyIn} that name plural texts only. */
export type CountedKeyIn<C extends Catalogue, N extends keyof C> =
  CountedKey<C[N]> | `common:${CountedKey<C['common']>}`;

/**
 * What a text's placeholders are filled with (`{{name}}`), plus i18next's `count` for plurals.
 * No `ns`: another namespace's text is named by its prefix (`common:…`) or by its own `useT`.
 */
export type Interpolation = Readonly<Record<string, unknown>> & { readonly ns?: never };

/**
 * `t` that refuses a key no catalogue has, and a plural-only text without its `count`. Generic in
 * the key only so that a plural-only key asks for its values (the keys are computed once).
 */
export type TypedT<Key extends string, Counted extends string = never> = <K extends Key>(
  key: K,
  ...values: K extends Counted
    ? [values: Interpolation & { readonly count: number }]
    : [values?: Interpolation]
) => string;

/** `t` of namespace `N` of catalogue `C`, for helpers that receive it as an argument. */
export type TranslateIn<C extends Catalogue, N extends keyof C> = TypedT<
  KeyIn<C, N>,
  CountedKeyIn<C, N>
>;

/** The namespaces of `C` that have a text at `key`, e.g. the screens (each has a `title`). */
export type NamespaceWith<C, Key extends string> = {
  [N in keyof C & string]: Key extends MessageKey<C[N]> ? N : never;
}[keyof C & string];

/**
 * An app's translation hooks, typed by its own catalogue (both apps have a `plan` namespace,
 * with different texts): `export const { useT, useTitle } = typedI18n<ConsoleCatalogue>()`.
 */
export function typedI18n<C extends Catalogue>() {
  /**
   * `const { t } = useT('plan')`, then `t('title')` or `t('common:actions.save')`. At run time it
   * is react-i18next's `useTranslation`.
   */
  function useT<N extends keyof C & string>(namespace: N): { t: TranslateIn<C, N>; i18n: I18n } {
    const { t, i18n } = useTranslation(namespace);
    // The one place the keys meet i18next: its `t` takes any string (no resources declared),
    // and the keys given here are ones the namespace has.
    return { t: t as unknown as TranslateIn<C, N>, i18n };
  }

  /**
   * The `title` of a namespace named at run time (the navigation and shortcuts name each screen
   * by its own title): only a namespace that has a `title` is accepted.
   */
  function useTitle(): (namespace: NamespaceWith<C, 'title'>) => string {
    const { t } = useTranslation();
    return (namespace) => t('title', { ns: namespace });
  }

  return { useT, useTitle };
}
