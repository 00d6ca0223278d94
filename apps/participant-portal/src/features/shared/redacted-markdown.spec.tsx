import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sharedMessages } from './messages';
import { RedactedMarkdown } from './redacted-markdown';
import { SharedItemCard } from './shared-item-card';
import type { PortalSharedItemFragment } from './shared.generated';

const messages = { shared: sharedMessages };

describe('RedactedMarkdown', () => {
  it('turns each server marker into a "texto oculto" chip and keeps the rest as markdown', () => {
    const { container } = renderWithProviders(
      <RedactedMarkdown body={'Coste **12,4 €** con [█ redacted] y margen [█ redacted](nota).'} />,
      { messages },
    );
    expect(screen.getAllByText('texto oculto')).toHaveLength(2);
    expect(container.textContent).not.toContain('[█ redacted]');
    expect(screen.getByText('12,4 €').tagName).toBe('STRONG');
    // Brackets of a marker never become a link.
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('reads "redacted" in English and leaves a body without markers alone', () => {
    renderWithProviders(<RedactedMarkdown body={'[█ redacted] al principio'} />, {
      messages,
      language: 'en',
    });
    expect(screen.getByText('redacted')).toBeInTheDocument();
    expect(screen.getByText(/al principio/)).toBeInTheDocument();
  });

  it('puts body headings under the heading around them', () => {
    renderWithProviders(<RedactedMarkdown body={'# Resumen\n\n## Detalle'} headingLevel={4} />, {
      messages,
    });
    expect(screen.getByRole('heading', { name: 'Resumen', level: 4 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Detalle', level: 5 })).toBeInTheDocument();
  });

  it('starts from the top heading the author used, so no level is skipped', () => {
    renderWithProviders(<RedactedMarkdown body={'## Confidencialidad\n\n### Detalle'} />, {
      messages,
    });
    expect(screen.getByRole('heading', { name: 'Confidencialidad', level: 3 })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Detalle', level: 4 })).toBeInTheDocument();
  });
});

const ITEM: PortalSharedItemFragment = {
  grantId: 'g1',
  itemId: 'i1',
  reference: 'AZ-7F3K',
  title: 'Coste de la harina',
  version: 2,
  areaId: 'a1',
  areaName: 'Costes',
  ownerOrganizationId: 'o1',
  ownerOrganizationName: 'Panadería La Espiga',
  grantedAt: '2026-03-01T10:00:00.000Z',
  validUntil: '2026-12-31T22:59:59.000Z',
  thirdPartyRule: 'ADVISORS',
  content: {
    body: 'La harina nos la sirve [█ redacted].',
    fields: [{ key: 'coste', label: 'Coste unitario', type: 'NUMBER', number: 12.4, text: null }],
    redactedFieldCount: 1,
    redactedSpanCount: 1,
  },
  watermark: {
    line: 'Para Molino del Sur · de Panadería La Espiga · Alianza del pan de barrio · 2026-03-01 · ref. AZ-7F3K',
    recipientName: 'Molino del Sur',
    ownerName: 'Panadería La Espiga',
    collaborationTitle: 'Alianza del pan de barrio',
    grantedAt: '2026-03-01T10:00:00.000Z',
    reference: 'AZ-7F3K',
  },
};

describe('SharedItemCard', () => {
  it('shows the visible fields, the redacted body as chips, the expiry and the watermark', () => {
    renderWithProviders(<SharedItemCard item={ITEM} />, { messages });
    expect(screen.getByRole('heading', { name: 'Coste de la harina' })).toBeInTheDocument();
    expect(screen.getByText('De Panadería La Espiga')).toBeInTheDocument();
    expect(screen.getByText('Coste unitario')).toBeInTheDocument();
    expect(screen.getByText('12,4')).toBeInTheDocument();
    expect(screen.getByText('1 dato oculto')).toBeInTheDocument();
    expect(screen.getByText('texto oculto')).toBeInTheDocument();
    expect(screen.getByText('Caduca el 31 dic 2026')).toBeInTheDocument();
    expect(screen.getByText('Ref. AZ-7F3K')).toBeInTheDocument();
    expect(screen.getByTestId('watermark')).toHaveTextContent(
      'Para Molino del Sur · de Panadería La Espiga · Alianza del pan de barrio · 1 mar 2026 · ref. AZ-7F3K',
    );
  });

  it("words the watermark in the reader's language, not the server's", () => {
    renderWithProviders(<SharedItemCard item={ITEM} />, { messages, language: 'en' });
    expect(screen.getByTestId('watermark')).toHaveTextContent(
      'For Molino del Sur · from Panadería La Espiga · Alianza del pan de barrio · 1 Mar 2026 · ref. AZ-7F3K',
    );
  });
});
