import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { webhooksMessages } from './messages';
import {
  WebhookDeliveriesTable,
  WebhooksPanel,
  type NewWebhookEndpoint,
  type WebhookDeliveryView,
  type WebhookEndpointView,
} from './webhooks-panel';
import { COLLABORATION_EVENT_KINDS, ORGANIZATION_EVENT_KINDS } from './webhooks-screen';

const delivery = (over: Partial<WebhookDeliveryView> = {}): WebhookDeliveryView => ({
  id: 'd1',
  endpointId: 'e1',
  eventId: 'ev1',
  eventKind: 'disclosure.approved',
  status: 'SUCCEEDED',
  attempts: 1,
  nextAttemptAt: null,
  lastAttemptAt: '2026-12-01T10:00:00Z',
  lastStatusCode: 200,
  lastError: null,
  replayOf: null,
  createdAt: '2026-12-01T10:00:00Z',
  deliveredAt: '2026-12-01T10:00:00Z',
  ...over,
});

const endpoints: WebhookEndpointView[] = [
  {
    id: 'e1',
    ownerKind: 'COLLABORATION',
    collaborationId: 'c1',
    organizationId: null,
    url: 'https://crm.example.org/alianza',
    description: 'CRM',
    eventKinds: ['DISCLOSURE_REQUESTED', 'DISCLOSURE_APPROVED'],
    status: 'ACTIVE',
    consecutiveFailures: 0,
    pausedAt: null,
    createdAt: '2026-11-01T10:00:00Z',
    lastDelivery: delivery(),
  },
  {
    id: 'e2',
    ownerKind: 'COLLABORATION',
    collaborationId: 'c1',
    organizationId: null,
    url: 'https://caido.example.org/hook',
    description: '',
    eventKinds: ['GRANT_REVOKED'],
    status: 'PAUSED',
    consecutiveFailures: 15,
    pausedAt: '2026-12-02T10:00:00Z',
    createdAt: '2026-11-02T10:00:00Z',
    lastDelivery: delivery({
      id: 'd2',
      endpointId: 'e2',
      eventKind: 'grant.revoked',
      status: 'FAILED',
      lastStatusCode: 500,
      lastError: 'HTTP 500: nope',
    }),
  },
  {
    id: 'e3',
    ownerKind: 'COLLABORATION',
    collaborationId: 'c1',
    organizationId: null,
    url: 'https://nuevo.example.org/x',
    description: '',
    eventKinds: ['PARTICIPATION_ACCEPTED'],
    status: 'ACTIVE',
    consecutiveFailures: 0,
    pausedAt: null,
    createdAt: '2026-12-03T10:00:00Z',
    lastDelivery: null,
  },
];

const SECRET = 'whsec_shown-only-once';

function render(
  props: Partial<Parameters<typeof WebhooksPanel>[0]> = {},
  language: 'es' | 'en' = 'es',
) {
  const onCreate = vi.fn(async (_input: NewWebhookEndpoint) => SECRET as string | undefined);
  const onPause = vi.fn(async (_id: string) => true);
  const onResume = vi.fn(async (_id: string) => true);
  const onDelete = vi.fn(async (_id: string) => true);
  renderWithProviders(
    <WebhooksPanel
      endpoints={endpoints}
      eventKinds={COLLABORATION_EVENT_KINDS}
      onCreate={onCreate}
      onPause={onPause}
      onResume={onResume}
      onDelete={onDelete}
      renderDeliveries={(e) => <p>Entregas de {e.id}</p>}
      {...props}
    />,
    { messages: { webhooks: webhooksMessages }, language },
  );
  return { onCreate, onPause, onResume, onDelete, user: userEvent.setup({ delay: null }) };
}

const row = (url: string) =>
  within(screen.getByRole('table', { name: /Webhooks registrados/ })).getByRole('row', {
    name: new RegExp(url.replace(/\./g, '\\.')),
  });

describe('WebhooksPanel', () => {
  it('lists each endpoint with its kinds, status and last delivery', () => {
    render();
    const crm = row('crm.example.org');
    expect(within(crm).getByText('Activo')).toBeVisible();
    expect(within(crm).getByText('Entregado')).toBeVisible();
    expect(within(crm).getByText(/Solicitud para compartir, Información compartida/)).toBeVisible();
    expect(within(crm).getByText(/HTTP 200/)).toBeVisible();
    expect(within(crm).getByRole('button', { name: /^Pausar el webhook/ })).toBeVisible();

    const failing = row('caido.example.org');
    expect(within(failing).getByText('En pausa')).toBeVisible();
    expect(within(failing).getByText('Fallido')).toBeVisible();
    expect(within(failing).getByText('15 fallos seguidos')).toBeVisible();
    expect(within(failing).getByRole('button', { name: /^Reanudar el webhook/ })).toBeVisible();

    expect(within(row('nuevo.example.org')).getByText('Ninguna todavía')).toBeVisible();
  });

  it('offers the facilitators’ kinds, all chosen, and shows the secret once', async () => {
    const { user, onCreate } = render();
    for (const label of ['Solicitud para compartir', 'Organización incorporada'])
      expect(screen.getByRole('checkbox', { name: label })).toBeChecked();
    await user.click(screen.getByRole('checkbox', { name: 'Acceso revocado' }));
    await user.type(
      screen.getByRole('textbox', { name: /^Dirección/ }),
      ' https://erp.example.org/h ',
    );
    await user.click(screen.getByRole('button', { name: 'Añadir webhook' }));
    await waitFor(() => expect(onCreate).toHaveBeenCalledTimes(1));
    expect(onCreate.mock.calls[0]![0]).toEqual({
      url: 'https://erp.example.org/h',
      description: '',
      eventKinds: [
        'DISCLOSURE_REQUESTED',
        'DISCLOSURE_APPROVED',
        'LEDGER_ENTRY_CONFIRMED',
        'PARTICIPATION_ACCEPTED',
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('textbox', { name: /Secreto de firma/ })).toHaveValue(SECRET);
    expect(screen.queryByRole('button', { name: 'Añadir webhook' })).not.toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Ya lo he guardado' }));
    expect(document.body.textContent).not.toContain(SECRET);
  });

  it('offers an organization no disclosure.requested', () => {
    render({ eventKinds: ORGANIZATION_EVENT_KINDS });
    expect(screen.queryByRole('checkbox', { name: 'Solicitud para compartir' })).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Acceso revocado' })).toBeChecked();
  });

  it('needs an address and a kind', async () => {
    const { user, onCreate } = render({ eventKinds: ['GRANT_REVOKED'] });
    await user.click(screen.getByRole('checkbox', { name: 'Acceso revocado' }));
    await user.click(screen.getByRole('button', { name: 'Añadir webhook' }));
    expect(
      await screen.findByText('Escribe una dirección que empiece por https://.'),
    ).toBeVisible();
    expect(screen.getByText('Elige al menos un tipo de aviso.')).toBeVisible();
    expect(onCreate).not.toHaveBeenCalled();
  });

  it('pauses, resumes, deletes after confirming, and opens the deliveries', async () => {
    const { user, onPause, onResume, onDelete } = render();
    await user.click(within(row('crm.example.org')).getByRole('button', { name: /^Pausar/ }));
    await waitFor(() => expect(onPause).toHaveBeenCalledWith('e1'));
    await user.click(within(row('caido.example.org')).getByRole('button', { name: /^Reanudar/ }));
    await waitFor(() => expect(onResume).toHaveBeenCalledWith('e2'));

    await user.click(within(row('nuevo.example.org')).getByRole('button', { name: /^Eliminar/ }));
    const dialog = await screen.findByRole('dialog', { name: /¿Eliminar el webhook/ });
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    expect(onDelete).not.toHaveBeenCalled();
    await user.click(within(row('nuevo.example.org')).getByRole('button', { name: /^Eliminar/ }));
    await user.click(await screen.findByRole('button', { name: 'Eliminar webhook' }));
    await waitFor(() => expect(onDelete).toHaveBeenCalledWith('e3'));

    await user.click(
      within(row('crm.example.org')).getByRole('button', { name: /^Ver las entregas/ }),
    );
    expect(await screen.findByText('Entregas de e1')).toBeVisible();
  });

  it('speaks English', () => {
    render({}, 'en');
    expect(screen.getByRole('button', { name: 'Add webhook' })).toBeVisible();
    expect(screen.getByRole('table', { name: 'Registered webhooks, newest first' })).toBeVisible();
    expect(screen.getByText('Paused')).toBeVisible();
    expect(screen.getByText('Delivered')).toBeVisible();
  });
});

describe('WebhookDeliveriesTable', () => {
  it('shows how each delivery went and replays one', async () => {
    const onReplay = vi.fn(async (_id: string) => true);
    renderWithProviders(
      <WebhookDeliveriesTable
        deliveries={[
          delivery({
            id: 'd9',
            status: 'PENDING',
            attempts: 2,
            lastStatusCode: 503,
            lastError: 'HTTP 503: busy',
            nextAttemptAt: new Date(Date.now() + 60_000).toISOString(),
          }),
          delivery({ id: 'd8', replayOf: 'd1', eventKind: 'ledger.entry_confirmed' }),
        ]}
        onReplay={onReplay}
      />,
      { messages: { webhooks: webhooksMessages } },
    );
    const table = screen.getByRole('table', { name: /Entregas, de la más reciente/ });
    const waiting = within(table).getByRole('row', { name: /En espera/ });
    expect(within(waiting).getByText('HTTP 503')).toBeVisible();
    expect(within(waiting).getByText('HTTP 503: busy')).toBeVisible();
    expect(within(waiting).getByText(/Próximo intento/)).toBeVisible();
    const replayed = within(table).getByRole('row', { name: /Aportación confirmada/ });
    expect(within(replayed).getByText('Repetición')).toBeVisible();
    await userEvent
      .setup({ delay: null })
      .click(within(waiting).getByRole('button', { name: 'Repetir la entrega d9' }));
    await waitFor(() => expect(onReplay).toHaveBeenCalledWith('d9'));
  });

  it('says so when nothing was sent yet', () => {
    renderWithProviders(<WebhookDeliveriesTable deliveries={[]} onReplay={vi.fn()} />, {
      messages: { webhooks: webhooksMessages },
    });
    expect(screen.getByText('Aún no se ha enviado nada a este webhook.')).toBeVisible();
  });
});
