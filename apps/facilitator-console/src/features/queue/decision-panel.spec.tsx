import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '@alianza/ui/testing';
import { Notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { DecisionPanel } from './decision-panel';
import { queueMessages } from './messages';
import { ConsoleApproveDisclosureDocument } from './queue.generated';
import type { ExtraRedactions } from './redaction';
import type { ReviewRequest } from './request-summary';
import type { QueueDirectory } from './use-queue-directory';

const request = {
  id: 'r1',
  status: 'PENDING',
  areaId: 'costes',
  ownerOrganizationId: 'panaderia',
  recipientOrganizationIds: ['molino', 'transportes'],
  expiresAt: null,
  // The supplier is hidden, but the text still names it: the assistant's finder flags it.
  itemVersion: {
    title: 'Harina',
    body: 'Compramos a **Harinas del Sur** cada mes.',
    fields: [
      { key: 'proveedor', label: 'Proveedor', type: 'TEXT', text: 'Harinas del Sur', number: null },
    ],
  },
  proposedRedaction: { fieldKeys: ['proveedor'], spans: [] },
  hiddenValueWarnings: [],
  flags: {
    overlap: true,
    overlapIds: ['o1'],
    expires: false,
    thirdPartyRule: 'ADVISORS',
    reciprocity: [{ organizationId: 'molino', given: '0', received: '12', gap: '12' }],
  },
} as unknown as ReviewRequest;

const directory: QueueDirectory = {
  organizationName: (id) => ({ molino: 'Molino del Sur', panaderia: 'La Espiga' })[id] ?? id,
  area: () => ({ id: 'costes', name: 'Costes', sensitivity: 'MODERATED' }),
  overlaps: () => [],
  ledger: null,
};

const approved = {
  data: {
    approveDisclosure: {
      id: 'r1',
      status: 'APPROVED',
      decidedAt: '2026-11-23T10:00:00Z',
      decisionMessage: '',
      acknowledgedOverlapIds: ['o1'],
    },
  },
};

const MOLINO_EXTRAS: ExtraRedactions = {
  molino: { fieldKeys: ['proveedor'], spans: [{ start: 3, end: 9 }] },
};

function render(
  result: object,
  onVariables: (v: unknown) => void,
  extras: ExtraRedactions = MOLINO_EXTRAS,
  reviewed: ReviewRequest = request,
) {
  const onDecided = vi.fn();
  const onRefetch = vi.fn();
  renderWithProviders(
    <MockedProvider
      mocks={[
        {
          request: {
            query: ConsoleApproveDisclosureDocument,
            variables: (variables: unknown) => {
              onVariables(variables);
              return true;
            },
          },
          result,
        },
      ]}
    >
      <>
        <Notifications />
        <DecisionPanel
          request={reviewed}
          directory={directory}
          extras={extras}
          onDecided={onDecided}
          onRefetch={onRefetch}
        />
      </>
    </MockedProvider>,
    { messages: { queue: queueMessages } },
  );
  return { onDecided, onRefetch };
}

/** The same request with two files: a 12-page report offered whole with download, and prices. */
const withFiles = {
  ...request,
  itemVersion: {
    ...request.itemVersion,
    files: [
      { id: 'informe', name: 'informe.pdf', kind: 'PDF', bytes: 20_000, pages: 12 },
      { id: 'tarifas', name: 'tarifas.xlsx', kind: 'SPREADSHEET', bytes: 8_000, pages: null },
    ],
  },
  proposedRedaction: {
    ...request.proposedRedaction,
    files: [
      { fileId: 'informe', pages: null, download: true },
      { fileId: 'tarifas', pages: null, download: true },
    ],
  },
} as unknown as ReviewRequest;

async function confirmEverything(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('checkbox', { name: /Reconozco/ }));
  await user.click(screen.getByRole('checkbox', { name: /Apruebo sabiendo/ }));
  await user.type(screen.getByLabelText(/Motivo para aprobar/), 'Acordado');
}

describe('DecisionPanel', () => {
  it('asks for the overlap acknowledgement and the reciprocity reason before approving', async () => {
    const user = userEvent.setup();
    const sent = vi.fn();
    const { onDecided } = render(approved, sent);
    await user.click(screen.getByRole('button', { name: 'Aprobar' }));
    expect(screen.getByText('Reconoce el solapamiento para poder aprobar.')).toBeInTheDocument();
    expect(
      screen.getByText('Explica por qué apruebas pese a la reciprocidad.'),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Oculta ese valor también, o confirma que lo sabes.'),
    ).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
    expect(onDecided).not.toHaveBeenCalled();
  });

  it('approves with the acknowledged overlaps, the reason, the confirmed hidden value and the per-recipient redactions', async () => {
    const user = userEvent.setup();
    const sent = vi.fn();
    const { onDecided } = render(approved, sent);
    await user.click(
      screen.getByRole('checkbox', {
        name: /Reconozco que esta solicitud cruza un solapamiento declarado/,
      }),
    );
    await user.click(
      screen.getByRole('checkbox', {
        name: /Apruebo sabiendo que un dato oculto se sigue pudiendo leer/,
      }),
    );
    await user.type(
      screen.getByLabelText(/Motivo para aprobar pese a la reciprocidad/),
      'Molino aporta el mes que viene',
    );
    await user.click(screen.getByRole('button', { name: 'Aprobar' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(sent).toHaveBeenCalledWith({
      requestId: 'r1',
      input: {
        acknowledgeOverlapIds: ['o1'],
        perRecipient: [
          {
            organizationId: 'molino',
            redaction: { fieldKeys: ['proveedor'], spans: [{ start: 3, end: 9 }] },
          },
        ],
        acknowledgeHiddenValueLeaks: true,
        message: '',
        reciprocityReason: 'Molino aporta el mes que viene',
      },
    });
  });

  it('says someone else decided first and refreshes on CONFLICT', async () => {
    const user = userEvent.setup();
    const { onDecided, onRefetch } = render(
      { errors: [new GraphQLError('already decided', { extensions: { code: 'CONFLICT' } })] },
      () => undefined,
    );
    await user.click(screen.getByRole('checkbox', { name: /Reconozco/ }));
    await user.click(screen.getByRole('checkbox', { name: /Apruebo sabiendo/ }));
    await user.type(screen.getByLabelText(/Motivo para aprobar/), 'Acordado');
    await user.click(screen.getByRole('button', { name: 'Aprobar' }));
    expect(await screen.findByText('Ya se había decidido')).toBeInTheDocument();
    expect(onRefetch).toHaveBeenCalled();
    expect(onDecided).not.toHaveBeenCalled();
  });

  it('requires a message to ask for changes or reject', async () => {
    const user = userEvent.setup();
    render(approved, () => undefined);
    await user.click(screen.getByRole('button', { name: 'Rechazar' }));
    expect(
      screen.getByText('Escribe un mensaje: es obligatorio para pedir cambios o rechazar.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('sends each recipient’s files when the facilitator narrows pages, switches download off or withholds', async () => {
    const user = userEvent.setup();
    const sent = vi.fn();
    const { onDecided } = render(
      approved,
      sent,
      {
        molino: {
          fieldKeys: [],
          spans: [],
          fileChoices: { informe: { withheld: false, pages: '1-5', download: true } },
        },
        transportes: {
          fieldKeys: [],
          spans: [],
          fileChoices: {
            informe: { withheld: false, pages: null, download: false },
            tarifas: { withheld: true, pages: null, download: true },
          },
        },
      },
      withFiles,
    );
    await confirmEverything(user);
    await user.click(screen.getByRole('button', { name: 'Aprobar' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(sent).toHaveBeenCalledWith(
      expect.objectContaining({
        input: expect.objectContaining({
          perRecipient: [
            {
              organizationId: 'molino',
              redaction: {
                fieldKeys: [],
                spans: [],
                files: [
                  { fileId: 'informe', pages: [1, 2, 3, 4, 5], download: true },
                  { fileId: 'tarifas', pages: null, download: true },
                ],
              },
            },
            {
              organizationId: 'transportes',
              redaction: {
                fieldKeys: [],
                spans: [],
                files: [{ fileId: 'informe', pages: null, download: false }],
              },
            },
          ],
        }),
      }),
    );
  });

  it('leaves the files out for a recipient that keeps the proposal', async () => {
    const user = userEvent.setup();
    const sent = vi.fn();
    const { onDecided } = render(approved, sent, MOLINO_EXTRAS, withFiles);
    await confirmEverything(user);
    await user.click(screen.getByRole('button', { name: 'Aprobar' }));
    await waitFor(() => expect(onDecided).toHaveBeenCalled());
    expect(sent.mock.calls[0]?.[0]).toMatchObject({
      input: {
        perRecipient: [
          {
            organizationId: 'molino',
            redaction: { fieldKeys: ['proveedor'], spans: [{ start: 3, end: 9 }] },
          },
        ],
      },
    });
    expect(sent.mock.calls[0]?.[0].input.perRecipient[0].redaction).not.toHaveProperty('files');
  });

  it('does not approve while a recipient’s pages are outside the proposal', async () => {
    const user = userEvent.setup();
    const sent = vi.fn();
    render(
      approved,
      sent,
      {
        molino: {
          fieldKeys: [],
          spans: [],
          fileChoices: { informe: { withheld: false, pages: '10-14', download: true } },
        },
      },
      withFiles,
    );
    await confirmEverything(user);
    await user.click(screen.getByRole('button', { name: 'Aprobar' }));
    expect(
      screen.getByText('Corrige las páginas de los documentos para: Molino del Sur.'),
    ).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });

  describe('hidden values the server found in files', () => {
    /** The text no longer names the supplier; page 3 of the report does, for Molino only. */
    const fileOnly = {
      ...withFiles,
      itemVersion: { ...withFiles.itemVersion, body: 'Compramos harina cada mes.' },
      flags: {
        overlap: false,
        overlapIds: [],
        expires: false,
        thirdPartyRule: 'ADVISORS',
        reciprocity: [],
      },
      hiddenValueWarnings: [
        {
          organizationId: 'molino',
          fieldKey: 'proveedor',
          fieldLabel: 'Proveedor',
          inFiles: [{ fileId: 'informe', fileName: 'informe.pdf', page: 3, sheet: null }],
        },
      ],
    } as unknown as ReviewRequest;

    it('asks for the acknowledgement although the text shows nothing, and sends it', async () => {
      const user = userEvent.setup();
      const sent = vi.fn();
      const { onDecided } = render(approved, sent, {}, fileOnly);
      await user.click(screen.getByRole('button', { name: 'Aprobar' }));
      expect(
        screen.getByText('Oculta ese valor también, o confirma que lo sabes.'),
      ).toBeInTheDocument();
      expect(sent).not.toHaveBeenCalled();
      await user.click(screen.getByRole('checkbox', { name: /Apruebo sabiendo/ }));
      await user.click(screen.getByRole('button', { name: 'Aprobar' }));
      await waitFor(() => expect(onDecided).toHaveBeenCalled());
      expect(sent.mock.calls[0]?.[0]).toMatchObject({
        input: { acknowledgeHiddenValueLeaks: true, perRecipient: [] },
      });
    });

    it('no longer asks once the page is not given to that recipient', async () => {
      const user = userEvent.setup();
      const sent = vi.fn();
      const { onDecided } = render(
        approved,
        sent,
        {
          molino: {
            fieldKeys: [],
            spans: [],
            fileChoices: { informe: { withheld: false, pages: '1-2', download: true } },
          },
        },
        fileOnly,
      );
      expect(screen.queryByRole('checkbox', { name: /Apruebo sabiendo/ })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Aprobar' }));
      await waitFor(() => expect(onDecided).toHaveBeenCalled());
      expect(sent.mock.calls[0]?.[0].input.acknowledgeHiddenValueLeaks).toBe(false);
    });

    it('offers the acknowledgement when the approval is refused for a hidden value', async () => {
      const user = userEvent.setup();
      const { onDecided } = render(
        {
          errors: [
            new GraphQLError('Hidden "Proveedor" can still be read in a shared file', {
              extensions: { code: 'BAD_USER_INPUT', reason: 'HIDDEN_VALUE_STILL_VISIBLE' },
            }),
          ],
        },
        () => undefined,
        { molino: { fieldKeys: ['cliente'], spans: [] } },
        { ...fileOnly, hiddenValueWarnings: [] } as unknown as ReviewRequest,
      );
      expect(screen.queryByRole('checkbox', { name: /Apruebo sabiendo/ })).toBeNull();
      await user.click(screen.getByRole('button', { name: 'Aprobar' }));
      expect(await screen.findByRole('checkbox', { name: /Apruebo sabiendo/ })).toBeInTheDocument();
      expect(screen.getByText(/el servidor ha encontrado un dato oculto/)).toBeInTheDocument();
      expect(onDecided).not.toHaveBeenCalled();
    });
  });
});
