import { createAlianzaClient } from '@alianza/graphql-client';
import { createI18n } from '@alianza/i18n';
import { AlianzaProviders, SessionGate } from '@alianza/ui';
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
import { portalMessages } from './messages';

// The screens and their texts load after sign-in: the sign-in page carries only what it shows.
const SignedInPortal = lazy(() => import('./routes').then((m) => ({ default: m.SignedInPortal })));

/** The participant portal, served under /portal. */
export function App() {
  const i18n = useMemo(() => createI18n(portalMessages), []);
  const client = useMemo(() => createAlianzaClient(), []);
  return (
    <AlianzaProviders i18n={i18n} apollo={client.apollo}>
      <BrowserRouter basename="/portal">
        <PortalGate />
      </BrowserRouter>
    </AlianzaProviders>
  );
}

function PortalGate() {
  const { t } = useTranslation('portal');
  return (
    <SessionGate appTitle={t('appTitle')}>
      <SignedInPortal />
    </SessionGate>
  );
}
