import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { MantineProvider, createTheme, type MantineThemeOverride } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import 'dayjs/locale/es';
import 'dayjs/locale/en-gb';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

export const theme = createTheme({
  primaryColor: 'teal',
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // Focus rings for keyboard users only, but always visible for them.
  focusRing: 'auto',
});

/**
 * The theme, with the texts Mantine shows itself (close buttons, the password's show/hide
 * button, otherwise announced in English) in the user's language, and the defaults of the apps'
 * controls.
 */
export function localizedTheme(i18n: I18n, language: string): MantineThemeOverride {
  const close = i18n.t('common:actions.close', { lng: language });
  const showPassword = i18n.t('common:actions.showPassword', { lng: language });
  // Plain objects rather than `Modal.extend(…)`: importing Modal and Drawer here would put them
  // (and their scroll locks and transitions) on the sign-in page.
  const closeButton = { defaultProps: { closeButtonProps: { 'aria-label': close } } };
  const passwordInput = {
    defaultProps: { visibilityToggleButtonProps: { 'aria-label': showPassword } },
  };
  // Choosing the option already chosen keeps it (Mantine would clear the field).
  const select = { defaultProps: { allowDeselect: false } };
  return createTheme({
    ...theme,
    components: {
      Modal: closeButton,
      Drawer: closeButton,
      PasswordInput: passwordInput,
      Select: select,
    },
  });
}

function useLanguage(i18n: I18n): string {
  const [language, setLanguage] = useState(i18n.language);
  useEffect(() => {
    const update = (lng: string) => setLanguage(lng);
    i18n.on('languageChanged', update);
    return () => i18n.off('languageChanged', update);
  }, [i18n]);
  return language;
}

/** Everything a screen needs around it: theme, translations, dates in the user's locale, the API. */
export function AlianzaProviders(props: { i18n: I18n; apollo: ApolloClient; children: ReactNode }) {
  const language = useLanguage(props.i18n);
  const themed = useMemo(() => localizedTheme(props.i18n, language), [props.i18n, language]);
  return (
    <I18nextProvider i18n={props.i18n}>
      <MantineProvider theme={themed}>
        <DatesProvider settings={{ locale: language === 'en' ? 'en-gb' : 'es', firstDayOfWeek: 1 }}>
          <Notifications position="bottom-right" />
          <ApolloProvider client={props.apollo}>{props.children}</ApolloProvider>
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
