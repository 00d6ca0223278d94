import { MockedProvider } from '@apollo/client/testing/react';
import { redactionMessages } from '@alianza/ui';
import { renderWithProviders } from '@alianza/ui/testing';
import { Notifications } from '@mantine/notifications';
import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sharedMessages } from '../shared/messages';
import { DisclosureRequestDialog } from './disclosure-request-dialog';
import { PortalRequestDisclosureDocument, type PortalItemFragment } from './items.generated';
import { itemsMessages } from './messages';

const ITEM: PortalItemFragment = {
  id: 'i1',
  areaId: 'a1',
  currentVersion: 2,
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-02T10:00:00.000Z',
  versions: [{ id: 'v2', version: 2 }],
  grants: [],
  latest: {
    id: 'v2',
    itemId: 'i1',
    version: 2,
    title: 'Coste de la harina',
    body: 'Nuestro coste por kilo.',
    thirdPartyRule: 'ADVISORS',
    createdAt: '2026-11-02T10:00:00.000Z',
    fields: [],
    files: [
      {
        id: 'f1',
        name: 'costes.pdf',
        mediaType: 'application/pdf',
        kind: 'PDF',
        bytes: 9000,
        pages: 12,
      },
      {
        id: 'f2',
        name: 'horno.jpg',
        mediaType: 'image/jpeg',
        kind: 'IMAGE',
        bytes: 4000,
        pages: null,
      },
      {
        id: 'f3',
        name: 'precios.xlsx',
        mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        kind: 'SPREADSHEET',
        bytes: 3000,
        pages: null,
      },
    ],
  },
};

const CREATED = {
  data: {
    requestDisclosure: {
      id: 'r1',
      itemId: 'i1',
      status: 'PENDING',
      autoApproved: false,
      audienceKind: 'ALL_ACTIVE',
      recipientOrganizationIds: ['o2'],
      createdAt: '2026-11-03T10:00:00.000Z',
      decidedAt: null,
      decisionMessage: null,
      expiresAt: null,
      note: '',
      itemVersion: { id: 'v2', version: 2 },
      proposedRedaction: { fieldKeys: [], spans: [], files: [] },
    },
  },
};

function render(onVariables: (variables: unknown) => void) {
  renderWithProviders(
    <MockedProvider
      mocks={[
        {
          request: {
            query: PortalRequestDisclosureDocument,
            variables: (variables: unknown) => {
              onVariables(variables);
              return true;
            },
          },
          result: CREATED,
        },
      ]}
    >
      <>
        <Notifications />
        <DisclosureRequestDialog
          item={ITEM}
          area={{
            id: 'a1',
            name: 'Costes',
            description: '',
            sensitivity: 'MODERATED',
            position: 1,
            archivedAt: null,
          }}
          recipients={[{ id: 'o2', name: 'Molino del Sur' }]}
          organizationNames={new Map([['o2', 'Molino del Sur']])}
          onClose={vi.fn()}
        />
      </>
    </MockedProvider>,
    { messages: { items: itemsMessages, shared: sharedMessages, redaction: redactionMessages } },
  );
}

/** The card of one file in the dialog (its choice, pages and download switch). */
const fileCard = (name: string) =>
  within(
    screen
      .getByRole('radiogroup', { name: `Qué compartir de ${name}` })
      .closest<HTMLElement>('.mantine-Paper-root')!,
  );

describe('DisclosureRequestDialog: documents', () => {
  it('withholds every document until one is chosen', () => {
    render(vi.fn());
    for (const name of ['costes.pdf', 'horno.jpg', 'precios.xlsx']) {
      expect(fileCard(name).getByRole('radio', { name: 'No compartir' })).toBeChecked();
      expect(fileCard(name).getByRole('switch', { name: /Permitir descargarlo/ })).toBeDisabled();
    }
    expect(fileCard('horno.jpg').queryByRole('radio', { name: 'Algunas páginas' })).toBeNull();
  });

  it('sends the pages chosen, the whole image with download, and leaves the withheld file out', async () => {
    const sent = vi.fn();
    render(sent);
    fireEvent.click(screen.getByRole('radio', { name: 'Todos los participantes activos' }));

    const pdf = fileCard('costes.pdf');
    fireEvent.click(pdf.getByRole('radio', { name: 'Algunas páginas' }));
    fireEvent.change(pdf.getByRole('textbox', { name: /Páginas de costes.pdf/ }), {
      target: { value: '1-3, 5' },
    });
    expect(pdf.getByRole('checkbox', { name: 'Página 2' })).toBeChecked();
    expect(pdf.getByRole('checkbox', { name: 'Página 4' })).not.toBeChecked();
    fireEvent.click(pdf.getByRole('checkbox', { name: 'Página 12' }));
    expect(pdf.getByRole('textbox', { name: /Páginas de costes.pdf/ })).toHaveValue('1-3, 5, 12');
    expect(screen.getByTestId('file-summary-f1')).toHaveTextContent(
      'Páginas 1–3, 5, 12 (5 de 12) · solo ver',
    );

    const image = fileCard('horno.jpg');
    fireEvent.click(image.getByRole('radio', { name: 'Entero' }));
    fireEvent.click(image.getByRole('switch', { name: /Permitir descargarlo/ }));
    expect(screen.getByTestId('file-summary-f2')).toHaveTextContent('Entero · con descarga');
    expect(screen.getByTestId('file-summary-f3')).toHaveTextContent('No se comparte');

    fireEvent.click(screen.getByRole('button', { name: 'Enviar solicitud' }));
    expect(await screen.findByText('Pendiente de la facilitación')).toBeInTheDocument();
    expect(sent).toHaveBeenCalledWith(
      expect.objectContaining({
        itemId: 'i1',
        input: expect.objectContaining({
          version: 2,
          redaction: {
            fieldKeys: [],
            spans: [],
            files: [
              { fileId: 'f1', pages: [1, 2, 3, 5, 12], download: false },
              { fileId: 'f2', pages: null, download: true },
            ],
          },
        }),
      }),
    );
  });

  it('does not send "some pages" with no page chosen', () => {
    const sent = vi.fn();
    render(sent);
    fireEvent.click(screen.getByRole('radio', { name: 'Todos los participantes activos' }));
    fireEvent.click(fileCard('costes.pdf').getByRole('radio', { name: 'Algunas páginas' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enviar solicitud' }));
    expect(
      screen.getByText('Elige al menos una página, o no compartas este documento.'),
    ).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });
});
