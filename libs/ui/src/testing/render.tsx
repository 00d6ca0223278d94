import { createI18n, type MessageBundle, type Language } from '@alianza/i18n';
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider } from 'react-i18next';
import { theme } from '../lib/providers';

/**
 * Renders a component as the apps do (theme and translations), in Spanish unless told.
 * For component tests (Vitest + Testing Library); no API: pass data as props.
 */
export function renderWithProviders(
  ui: ReactElement,
  options: { messages?: Record<string, MessageBundle>; language?: Language } = {},
): RenderResult {
  const i18n = createI18n(options.messages ?? {}, options.language ?? 'es');
  return render(ui, {
    wrapper: ({ children }) => (
      <I18nextProvider i18n={i18n}>
        <MantineProvider theme={theme} env="test">
          {children}
        </MantineProvider>
      </I18nextProvider>
    ),
  });
}
