import { typedI18n, type CatalogueOf, type CommonTexts, type TranslateIn } from '@alianza/i18n';
import type { consoleMessages } from './app/messages';
import type { screenMessages } from './app/screen-messages';

/** Every namespace of the console, by its Spanish texts: the keys `t` accepts come from here. */
export interface ConsoleCatalogue extends CatalogueOf<
  typeof consoleMessages & typeof screenMessages
> {
  readonly common: CommonTexts;
}

/**
 * `const { t } = useT('plan')`, then `t('title')` or `t('common:actions.save')`; a key no
 * catalogue has fails `npm run typecheck`. `useTitle()('plan')` names a screen (navigation).
 */
export const { useT, useTitle } = typedI18n<ConsoleCatalogue>();

/** `t` of one namespace, for helpers that take it as an argument. */
export type Translate<N extends keyof ConsoleCatalogue> = TranslateIn<ConsoleCatalogue, N>;
