import {
  EndOtherSessionsDocument,
  EndSessionDocument,
  MyAccountEventsDocument,
  MySessionsDocument,
} from '@alianza/graphql-client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { ActiveSessions } from './active-sessions';
import { sessionsMessages } from './messages';

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0';
const IPHONE =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1';

const session = (id: string, fields: Record<string, unknown>) => ({
  __typename: 'Session',
  id,
  kind: 'COOKIE',
  createdAt: '2026-12-01T10:00:00Z',
  lastSeenAt: new Date(Date.now() - 5 * 60_000).toISOString(),
  expiresAt: '2026-12-31T10:00:00Z',
  userAgent: null,
  ipAddress: null,
  current: false,
  ...fields,
});
const HERE = session('s1', { userAgent: FIREFOX, ipAddress: '203.0.113.7', current: true });
const PHONE = session('s2', { userAgent: IPHONE, ipAddress: '198.51.100.2' });
const SCRIPT = session('s3', { kind: 'BEARER', userAgent: 'curl/8.5.0' });

const list = (nodes: unknown[]): MockLink.MockedResponse => ({
  request: { query: MySessionsDocument, variables: { first: 20 } },
  result: {
    data: {
      mySessions: {
        __typename: 'SessionConnection',
        nodes,
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  },
});
const events: MockLink.MockedResponse = {
  request: { query: MyAccountEventsDocument, variables: { first: 20 } },
  result: {
    data: {
      myAccountEvents: {
        __typename: 'AccountEventConnection',
        nodes: [],
        totalCount: 0,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  },
};

function render(mocks: MockLink.MockedResponse[], language: 'es' | 'en' = 'es') {
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <ActiveSessions />
    </MockedProvider>,
    { messages: { sessions: sessionsMessages }, language },
  );
  return userEvent.setup({ delay: null });
}

/** A loaded machine may take over a second to answer a mocked mutation or open a modal. */
const WAIT = { timeout: 5000 };

describe('the active sessions of the security screen', () => {
  it('lists each device in short, its address and last activity, this one marked and not endable', async () => {
    render([list([HERE, PHONE, SCRIPT])]);
    const here = (await screen.findByText('Firefox, Linux', undefined, WAIT)).closest('tr')!;
    expect(within(here).getByText('Este dispositivo')).toBeVisible();
    expect(within(here).getByText('203.0.113.7')).toBeVisible();
    expect(within(here).getByText('hace 5 minutos')).toBeVisible();
    expect(within(here).queryByRole('button')).toBeNull();
    const phone = screen.getByText('Safari, iOS').closest('tr')!;
    expect(
      within(phone).getByRole('button', { name: 'Cerrar la sesión de Safari, iOS' }),
    ).toBeVisible();
    const script = screen.getByText('curl/8.5.0').closest('tr')!;
    expect(within(script).getByText('Cliente de la API')).toBeVisible();
    expect(within(script).getByText('Desconocida')).toBeVisible();
  });

  it('ends another session, then shows the list without it', async () => {
    const user = render([
      list([HERE, PHONE]),
      {
        request: { query: EndSessionDocument, variables: { sessionId: 's2' } },
        result: { data: { endSession: true } },
      },
      list([HERE]),
      events,
    ]);
    await user.click(
      await screen.findByRole('button', { name: 'Cerrar la sesión de Safari, iOS' }, WAIT),
    );
    await waitFor(() => expect(screen.queryByText('198.51.100.2')).toBeNull(), WAIT);
    expect(screen.getByText('Este dispositivo')).toBeVisible();
    // Nothing else to sign out.
    expect(
      screen.queryByRole('button', { name: 'Cerrar sesión en todos los demás dispositivos' }),
    ).toBeNull();
  });

  it('signs out everywhere else only once confirmed, in English too', async () => {
    const user = render(
      [
        list([HERE, PHONE, SCRIPT]),
        { request: { query: EndOtherSessionsDocument }, result: { data: { endOtherSessions: 2 } } },
        list([HERE]),
        events,
      ],
      'en',
    );
    await user.click(await screen.findByRole('button', { name: 'Sign out everywhere else' }, WAIT));
    const dialog = await screen.findByRole('dialog', undefined, WAIT);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.getByText('Safari, iOS')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Sign out everywhere else' }));
    await user.click(
      within(await screen.findByRole('dialog', undefined, WAIT)).getByRole('button', {
        name: 'Sign the others out',
      }),
    );
    await waitFor(() => expect(screen.queryByText('Safari, iOS')).toBeNull(), WAIT);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull(), WAIT);
    expect(screen.getByText('This device')).toBeVisible();
  });

  it('says when ending fails, and keeps the list', async () => {
    const user = render([
      list([HERE, PHONE]),
      {
        request: { query: EndSessionDocument, variables: { sessionId: 's2' } },
        result: {
          errors: [new GraphQLError('Session not found', { extensions: { code: 'NOT_FOUND' } })],
        },
      },
    ]);
    await user.click(
      await screen.findByRole('button', { name: 'Cerrar la sesión de Safari, iOS' }, WAIT),
    );
    expect(await screen.findByRole('alert', undefined, WAIT)).toHaveTextContent(
      'No se encontró lo que buscas',
    );
    expect(screen.getByText('Safari, iOS')).toBeVisible();
  });

  it('shows the loading state, then an error with a retry', async () => {
    render([
      {
        request: { query: MySessionsDocument, variables: { first: 20 } },
        error: new Error('offline'),
      },
    ]);
    expect(screen.getByText('Cargando…')).toBeVisible();
    expect(await screen.findByRole('button', { name: /reintentar/i }, WAIT)).toBeVisible();
  });
});
