import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import {
  MantineProvider,
  createTheme,
  darken,
  luminance,
  type CSSVariablesResolver,
  type MantineThemeOverride,
} from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import 'dayjs/locale/es';
import 'dayjs/locale/en-gb';
import type { i18n as I18n } from 'i18next';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';

/** WCAG 2.1 AA's least contrast for text of ordinary size (ADR 0041). */
const TEXT_CONTRAST = 4.5;

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** `color`, darkened just enough to be read on a light `background` (4.5:1). */
export function readableOn(color: string, background: string): string {
  let readable = color;
  for (let step = 1; contrastRatio(readable, background) < TEXT_CONTRAST && step <= 20; step++)
    readable = darken(color, step * 0.05);
  return readable;
}

export const theme = createTheme({
  primaryColor: 'teal',
  // Filled buttons and badges, links and `c="teal"` texts in the darkest shade: white on teal
  // reads at 5:1 (at Mantine's shade 6, 2.5:1).
  primaryShade: { light: 9, dark: 8 },
  // On a filled colour, black or white text, whichever contrasts more (both are equal at this
  // luminance): yellow and orange get black text.
  autoContrast: true,
  luminanceThreshold: 0.179,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  // Focus rings for keyboard users only, but always visible for them.
  focusRing: 'auto',
});

/**
 * The colours texts take in the light scheme, each readable where it is shown (ADR 0041):
 * secondary ("dimmed") text and placeholders in gray 7 rather than 6 or 5 (8:1 on white instead
 * of 3.3:1 or 2.2:1); a colour's text and outline on white, and the text of its light variant
 * (badges, alerts) on that variant's tinted background, darkened as little as reaches 4.5:1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (resolved) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // A select's placeholder is text shown in place of a value: as readable as dimmed text.
    '--mantine-color-placeholder': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.entries(resolved.colors).flatMap(([name, shades]) => {
        const onWhite = readableOn(shades[9], resolved.white);
        return [
          [`--mantine-color-${name}-text`, onWhite],
          [`--mantine-color-${name}-outline`, onWhite],
          [`--mantine-color-${name}-light-color`, readableOn(shades[9], shades[1])],
        ];
      }),
    ),
  },
  dark: {},
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
  // A spinner is a status (its name, "Cargando…", is not allowed on a bare element), and a
  // table wider than the screen scrolls by keyboard too.
  const loader = { defaultProps: { role: 'status' } };
  const tableScroll = { defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } };
  return createTheme({
    ...theme,
    components: {
      Modal: closeButton,
      Drawer: closeButton,
      Notification: closeButton,
      PasswordInput: passwordInput,
      Select: select,
      Loader: loader,
      TableScrollContainer: tableScroll,
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
      <MantineProvider theme={themed} cssVariablesResolver={cssVariablesResolver}>
        <DatesProvider settings={{ locale: language === 'en' ? 'en-gb' : 'es', firstDayOfWeek: 1 }}>
          <Notifications position="bottom-right" />
          <ApolloProvider client={props.apollo}>{props.children}</ApolloProvider>
        </DatesProvider>
      </MantineProvider>
    </I18nextProvider>
  );
}
