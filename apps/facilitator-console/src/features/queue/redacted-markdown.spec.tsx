import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { queueMessages } from './messages';
import { RedactedMarkdown } from './redacted-markdown';
import { REDACTION_MARKER } from './redaction';

describe('RedactedMarkdown', () => {
  it('reads the server’s redaction marker in the user’s language', () => {
    const { container } = renderWithProviders(
      <RedactedMarkdown>{`Proveedor ${REDACTION_MARKER} y margen ${REDACTION_MARKER}.`}</RedactedMarkdown>,
      { messages: { queue: queueMessages } },
    );
    expect(screen.getAllByText('texto oculto')).toHaveLength(2);
    expect(container.textContent).not.toContain(REDACTION_MARKER);
  });

  it('reads "redacted" in English', () => {
    renderWithProviders(<RedactedMarkdown>{`${REDACTION_MARKER} al principio`}</RedactedMarkdown>, {
      messages: { queue: queueMessages },
      language: 'en',
    });
    expect(screen.getByText('redacted')).toBeInTheDocument();
  });

  it('starts the body’s highest heading at the given level, without skipping levels', () => {
    renderWithProviders(
      <RedactedMarkdown headingLevel={3}>
        {'## Cómo lo calculamos\n\ntexto\n\n### Detalle'}
      </RedactedMarkdown>,
      { messages: { queue: queueMessages } },
    );
    expect(
      screen.getByRole('heading', { level: 3, name: 'Cómo lo calculamos' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 4, name: 'Detalle' })).toBeInTheDocument();
  });
});
