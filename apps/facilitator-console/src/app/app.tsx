import { createAlianzaClient } from '@alianza/graphql-client';
import { createI18n } from '@alianza/i18n';
import { AlianzaProviders, SessionGate } from '@alianza/ui';
import { Anchor, Text } from '@mantine/core';
import { lazy, useMemo } from 'react';
import { useT } from '../i18n';
import { BrowserRouter } from 'react-router';
import { SignedOutRoutes } from './routes-signed-out';
import { consoleMessages } from './messages';

// The screens and their texts load after sign-in: the sign-in page carries only what it shows.
const SignedInConsole = lazy(() =>
  import('./routes').then((m) => ({ default: m.SignedInConsole })),
);

/** The facilitator console, served under /console. */
export function App() {
  const i18n = useMemo(() => createI18n(consoleMessages), []);
  const client = useMemo(() => createAlianzaClient(), []);
  return (
    <AlianzaProviders i18n={i18n} apollo={client.apollo}>
      <BrowserRouter basename="/console">
        <SignedOutRoutes gate={<ConsoleGate />} />
      </BrowserRouter>
    </AlianzaProviders>
  );
}

function ConsoleGate() {
  const { t } = useT('console');
  return (
    <SessionGate
      appTitle={t('appTitle')}
      allow={(user) => user.isFacilitator || user.isPlatformAdmin}
      refusal={
        <>
          <Text>{t('notFacilitator')}</Text>
          <Anchor href="/portal/">{t('goToPortal')}</Anchor>
        </>
      }
    >
      <SignedInConsole />
    </SessionGate>
  );
}
