import { renderWithProviders } from '@alianza/ui/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { Notifications } from '@mantine/notifications';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { AdminMailPage, parseMailStatus } from './admin-mail-page';
import { AdminMailQueueDocument, AdminRetryMailDocument } from './admin-mail.generated';
import { adminMailMessages } from './messages';

const SLOW = { timeout: 5000 };

const failed = {
  __typename: 'MailMessage',
  id: 'm1',
  kind: 'password-reset',
  recipient: 'lucia@panaderia.demo',
  locale: 'ES',
  status: 'FAILED',
  attempts: 8,
  lastError: 'connect ECONNREFUSED 127.0.0.1:2525',
  createdAt: '2026-12-05T09:00:00Z',
  sentAt: null,
  nextAttemptAt: null,
};
const sent = {
  ...failed,
  id: 'm2',
  kind: 'some-future-kind',
  recipient: 'owner@molino.demo',
  locale: 'EN',
  status: 'SENT',
  attempts: 1,
  lastError: null,
  sentAt: '2026-12-05T09:00:02Z',
};

const queue = (nodes: object[], status?: string) => ({
  request: { query: AdminMailQueueDocument, variables: { status, first: 25 } },
  result: {
    data: {
      mailQueue: {
        __typename: 'MailMessageConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        nodes,
      },
    },
  },
  maxUsageCount: 10,
});

function render(mocks: object[], options: { path?: string; language?: 'es' | 'en' } = {}) {
  renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <MemoryRouter initialEntries={[options.path ?? '/admin/mail']}>
        <Notifications />
        <AdminMailPage />
      </MemoryRouter>
    </MockedProvider>,
    { messages: { 'admin-mail': adminMailMessages }, language: options.language },
  );
  return userEvent.setup({ delay: null });
}

describe('AdminMailPage', () => {
  it('shows where each email stands: recipient, kind, language, status, attempts, last error', async () => {
    render([queue([failed, sent])]);
    const row = (await screen.findByText('lucia@panaderia.demo', {}, SLOW)).closest('tr')!;
    expect(within(row).getByText('Restablecer contraseña')).toBeVisible();
    expect(within(row).getByText('Español')).toBeVisible();
    expect(within(row).getByText('Fallido')).toBeVisible();
    expect(within(row).getByText('8')).toBeVisible();
    expect(within(row).getByText('connect ECONNREFUSED 127.0.0.1:2525')).toBeVisible();
    const other = screen.getByText('owner@molino.demo').closest('tr')!;
    // A kind the console does not know yet shows as the API names it.
    expect(within(other).getByText('some-future-kind')).toBeVisible();
    expect(within(other).getByText('Enviado')).toBeVisible();
    // Only a failed email may be sent again.
    expect(within(other).queryByRole('button')).toBeNull();
  });

  it('filters by status, from the address too', async () => {
    const u = render([queue([failed, sent]), queue([sent], 'SENT')]);
    await screen.findByText('lucia@panaderia.demo', {}, SLOW);
    await u.click(screen.getByText('Enviado', { selector: 'label *, label' }));
    expect(await screen.findByText('owner@molino.demo', {}, SLOW)).toBeVisible();
    expect(screen.queryByText('lucia@panaderia.demo')).toBeNull();
    expect(parseMailStatus('FAILED')).toBe('FAILED');
    expect(parseMailStatus('DELETED')).toBeNull();
  });

  it('says when no email has the status asked for', async () => {
    render([queue([], 'FAILED')], { path: '/admin/mail?status=FAILED', language: 'en' });
    expect(await screen.findByText('No email with this status.', {}, SLOW)).toBeVisible();
  });

  it('sends a failed email again and shows the row as it now stands', async () => {
    const u = render([
      queue([failed]),
      {
        request: { query: AdminRetryMailDocument, variables: { mailMessageId: 'm1' } },
        result: {
          data: {
            retryMail: {
              ...failed,
              status: 'QUEUED',
              attempts: 0,
              nextAttemptAt: '2026-12-05T10:00:00Z',
            },
          },
        },
      },
    ]);
    await u.click(
      await screen.findByRole(
        'button',
        { name: 'Enviar otra vez el correo a lucia@panaderia.demo' },
        SLOW,
      ),
    );
    expect(
      await screen.findByText('El correo a lucia@panaderia.demo vuelve a la cola.', {}, SLOW),
    ).toBeVisible();
    const row = screen.getByText('lucia@panaderia.demo').closest('tr')!;
    expect(within(row).getByText('En cola')).toBeVisible();
    expect(within(row).queryByRole('button')).toBeNull();
  });

  it('shows the error of a refused list, with a way to try again', async () => {
    render([
      {
        request: { query: AdminMailQueueDocument, variables: { first: 25 } },
        result: { errors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })] },
      },
    ]);
    // The list's own alert (the toast of the test before may still be on screen, also an alert).
    const retry = await screen.findByRole('button', { name: 'Reintentar' }, SLOW);
    expect(retry.closest('[role="alert"]')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
