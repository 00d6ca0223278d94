import { REDACTION_MARKER } from '@alianza/shared';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { RedactedMarkdown } from './redacted-markdown';

describe('RedactedMarkdown', () => {
  it('turns each server marker into a "texto oculto" chip and keeps the rest as markdown', () => {
    const { container } = renderWithProviders(
      <RedactedMarkdown body={'Coste **12,4 €** con [█ redacted] y margen [█ redacted](nota).'} />,
    );
    expect(screen.getAllByText('texto oculto')).toHaveLength(2);
    expect(container.textContent).not.toContain('[█ redacted]');
    expect(screen.getByText('12,4 €').tagName).toBe('STRONG');
    // Brackets of a marker never become a link.
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('reads "redacted" in English and leaves a body without markers alone', () => {
    renderWithProviders(<RedactedMarkdown body={'[█ redacted] al principio'} />, {
      language: 'en',
    });
    expect(screen.getByText('redacted')).toBeInTheDocument();
    expect(screen.getByText(/al principio/)).toBeInTheDocument();
  });

  it('puts body headings under the heading around them', () => {
    renderWithProviders(<RedactedMarkdown body={'# Resumen\n\n## Detalle'} headingLevel={4} />);
    expect(screen.getByRole('heading', { name: 'Resumen', level: 4 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Detalle', level: 5 })).toBeInTheDocument();
  });

  it('starts from the top heading the author used, so no level is skipped', () => {
    renderWithProviders(<RedactedMarkdown body={'## Confidencialidad\n\n### Detalle'} />);
    expect(screen.getByRole('heading', { name: 'Confidencialidad', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Detalle', level: 4 })).toBeInTheDocument();
  });

  it('leaves images out: the content comes from another organization', () => {
    const { container } = renderWithProviders(
      <RedactedMarkdown
        body={`Mira ![pixel](https://tracker.example/p.png) ${REDACTION_MARKER}`}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('texto oculto')).toBeInTheDocument();
  });
});
