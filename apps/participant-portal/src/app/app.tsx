import { createAlianzaClient } from '@alianza/graphql-client';
import { createI18n } from '@alianza/i18n';
import { AlianzaProviders, SessionGate } from '@alianza/ui';
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense, useMemo } from 'react';
import { useT } from '../i18n';
import { BrowserRouter, useLocation } from 'react-router';
import { SignedOutRoutes } from './routes-signed-out';
import { portalMessages } from './messages';

// The screens and their texts load after sign-in: the sign-in page carries only what it shows.
const SignedInPortal = lazy(() => import('./routes').then((m) => ({ default: m.SignedInPortal })));
// An invitation's link opens before any sign-in (it leads to sign-up or sign-in itself).
const InvitationPage = lazy(() =>
  import('../features/invitation').then((m) => ({ default: m.InvitationPage })),
);

/** The participant portal, served under /portal. */
export function App() {
  const i18n = useMemo(() => createI18n(portalMessages), []);
  const client = useMemo(() => createAlianzaClient(), []);
  return (
    <AlianzaProviders i18n={i18n} apollo={client.apollo}>
      <BrowserRouter basename="/portal">
        <SignedOutRoutes gate={<PortalGate />} />
      </BrowserRouter>
    </AlianzaProviders>
  );
}

function PortalGate() {
  const { t } = useT('portal');
  const { pathname } = useLocation();
  if (pathname === '/invitation')
    return (
      <Suspense
        fallback={
          <Center h="100vh">
            <Loader aria-label={t('common:state.loading')} />
          </Center>
        }
      >
        <InvitationPage />
      </Suspense>
    );
  return (
    <SessionGate appTitle={t('appTitle')}>
      <SignedInPortal />
    </SessionGate>
  );
}
