import { typedI18n, type CatalogueOf, type CommonTexts } from '@alianza/i18n';
import type { portalMessages } from './app/messages';
import type { screenMessages } from './app/screen-messages';

/** Every namespace of the portal, by its Spanish texts: the keys `t` accepts come from here. */
export interface PortalCatalogue extends CatalogueOf<
  typeof portalMessages & typeof screenMessages
> {
  readonly common: CommonTexts;
}

/**
 * `const { t } = useT('plan')`, then `t('title')` or `t('common:actions.save')`; a key no
 * catalogue has fails `npm run typecheck`. `useTitle()('plan')` names a screen (navigation).
 * A helper that takes a `t` types it `TranslateIn<PortalCatalogue, 'plan'>`.
 */
export const { useT, useTitle } = typedI18n<PortalCatalogue>();
