import { createAlianzaClient } from '@alianza/graphql-client';
import { createI18n } from '@alianza/i18n';
import { AlianzaProviders, SessionGate } from '@alianza/ui';
import { Anchor, Text } from '@mantine/core';
import { lazy, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter } from 'react-router';
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
        <ConsoleGate />
      </BrowserRouter>
    </AlianzaProviders>
  );
}

function ConsoleGate() {
  const { t } = useTranslation('console');
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
