import { createI18n, type MessageBundle, type Language } from '@alianza/i18n';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { cssVariablesResolver, localizedTheme } from '../lib/providers';

/**
 * Renders a component as the apps do (theme and translations), in Spanish unless told.
 * For component tests (Vitest + Testing Library); no API: pass data as props.
 */
export function renderWithProviders(
  ui: ReactElement,
  options: { messages?: Record<string, MessageBundle>; language?: Language } = {},
): RenderResult {
  const language = options.language ?? 'es';
  const i18n = createI18n(options.messages ?? {}, language);
  const theme = localizedTheme(i18n, language);
  return render(ui, {
    wrapper: ({ children }) => (
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
          {children}
        </MantineProvider>
      </I18nextProvider>
    ),
  });
}
