import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sharedMessages } from './messages';
import { SharedItemCard } from './shared-item-card';
import type { PortalSharedItemFragment } from './shared.generated';

const messages = { shared: sharedMessages };

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
