import { renderWithProviders } from '@alianza/ui/testing';
import { fireEvent, screen, within } from '@testing-library/react';
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
  files: [],
  watermark: {
    line: 'Para Molino del Sur · de Panadería La Espiga · Alianza del pan de barrio · 2026-03-01 · ref. AZ-7F3K',
    recipientName: 'Molino del Sur',
    ownerName: 'Panadería La Espiga',
    collaborationTitle: 'Alianza del pan de barrio',
    grantedAt: '2026-03-01T10:00:00.000Z',
    reference: 'AZ-7F3K',
  },
};

/** A view-only image. */
const IMAGE: PortalSharedItemFragment['files'][number] = {
  fileId: 'f2',
  name: 'horno.jpg',
  kind: 'IMAGE',
  mediaType: 'image/jpeg',
  pagesShared: null,
  pageCount: null,
  download: false,
  viewUrl: '/grants/g1/files/f2',
  downloadUrl: null,
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

  it('lists the documents, and offers a download only where the grant allows one', () => {
    const files: PortalSharedItemFragment['files'] = [
      {
        fileId: 'f1',
        name: 'costes.pdf',
        kind: 'PDF',
        mediaType: 'application/pdf',
        pagesShared: [1, 2, 3, 4, 5],
        pageCount: 5,
        download: false,
        viewUrl: '/grants/g1/files/f1',
        downloadUrl: null,
      },
      { ...IMAGE, download: true, downloadUrl: '/grants/g1/files/f2?download=1' },
      {
        fileId: 'f3',
        name: 'precios.xlsx',
        kind: 'SPREADSHEET',
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        pagesShared: null,
        pageCount: null,
        download: false,
        viewUrl: '/grants/g1/files/f3',
        downloadUrl: null,
      },
    ];
    renderWithProviders(<SharedItemCard item={{ ...ITEM, files }} />, { messages });
    const list = within(screen.getByRole('region', { name: 'Documentos' }));
    expect(list.getByText('Páginas 1–5 (5 páginas)')).toBeInTheDocument();
    expect(list.getAllByText('Solo ver')).toHaveLength(2);

    const links = list.getAllByRole('link');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAccessibleName('Descargar horno.jpg');
    expect(links[0]).toHaveAttribute('href', '/grants/g1/files/f2?download=1');
    expect(document.querySelectorAll('a[href*="f1"], a[href*="f3"]')).toHaveLength(0);

    expect(list.getByRole('button', { name: 'Ver costes.pdf' })).toBeInTheDocument();
    expect(list.queryByRole('button', { name: 'Ver precios.xlsx' })).toBeNull();
    expect(
      list.getByText(
        'Este tipo de documento no se puede mostrar aquí, y su descarga no está permitida.',
      ),
    ).toBeInTheDocument();
  });

  it('shows an image in the page, with no download link when view only', async () => {
    renderWithProviders(<SharedItemCard item={{ ...ITEM, files: [IMAGE] }} />, {
      messages,
      language: 'en',
    });
    fireEvent.click(screen.getByRole('button', { name: 'View horno.jpg' }));
    const dialog = await screen.findByRole('dialog', { name: 'horno.jpg' });
    expect(within(dialog).getByRole('img', { name: 'horno.jpg' })).toHaveAttribute(
      'src',
      '/grants/g1/files/f2',
    );
    expect(within(dialog).queryByRole('link')).toBeNull();
  });
});
