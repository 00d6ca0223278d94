import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { unsubscribeMessages } from './messages';
import { UnsubscribePage } from './unsubscribe-page';
import { PortalUnsubscribeDocument } from './unsubscribe.generated';

const TOKEN = '0b5f1f0e-6a39-4c39-9a55-4a8f0e2b7c11.GRANT_RECEIVED.c2lnbmF0dXJl';

function render(
  url: string,
  result: MockLink.MockedResponse['result'],
  language: 'es' | 'en' = 'es',
) {
  const sent = vi.fn();
  renderWithProviders(
    <MockedProvider
      mocks={[
        {
          request: {
            query: PortalUnsubscribeDocument,
            variables: (variables: unknown) => {
              sent(variables);
              return true;
            },
          },
          result,
        },
      ]}
    >
      <MemoryRouter initialEntries={[url]}>
        <UnsubscribePage />
      </MemoryRouter>
    </MockedProvider>,
    { messages: { unsubscribe: unsubscribeMessages }, language },
  );
  return { sent, user: userEvent.setup({ delay: null }) };
}

const stopped = {
  data: {
    unsubscribe: {
      __typename: 'NotificationPreference',
      kind: 'GRANT_RECEIVED',
      delivery: 'IN_APP',
      defaultDelivery: 'EMAIL',
    },
  },
};

describe('UnsubscribePage', () => {
  it('changes nothing until the person confirms, then says which emails stop', async () => {
    const { sent, user } = render(`/unsubscribe?token=${TOKEN}`, stopped);
    expect(
      screen.getByRole('heading', { name: 'Dejar de recibir este aviso por correo' }),
    ).toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Dejar de recibirlo por correo' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Listo: «Han compartido información contigo» ya no te llegará por correo.',
    );
    expect(sent).toHaveBeenCalledWith({ input: { token: TOKEN } });
    expect(
      screen.getByRole('link', { name: 'Elegir cómo te llegan los demás avisos' }),
    ).toHaveAttribute('href', '/email-notifications');
  });

  it('says so when the link is not valid', async () => {
    const { user } = render(`/unsubscribe?token=${TOKEN}x`, {
      errors: [
        new GraphQLError('This unsubscribe link is not valid', {
          extensions: { code: 'BAD_USER_INPUT' },
        }),
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Dejar de recibirlo por correo' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Este enlace no es válido/);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says what went wrong otherwise, and lets the person try again', async () => {
    const { user } = render(`/unsubscribe?token=${TOKEN}`, {
      errors: [
        new GraphQLError('Too many requests', {
          extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 30 },
        }),
      ],
    });
    await user.click(screen.getByRole('button', { name: 'Dejar de recibirlo por correo' }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Dejar de recibirlo por correo' })).toBeEnabled();
  });

  it('asks for the whole link when the token is missing', () => {
    const { sent } = render('/unsubscribe', stopped);
    expect(screen.getByRole('alert')).toHaveTextContent(/le falta una parte/);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(sent).not.toHaveBeenCalled();
  });

  it('speaks English', async () => {
    const { user } = render(`/unsubscribe?token=${TOKEN}`, stopped, 'en');
    await user.click(screen.getByRole('button', { name: 'Stop these emails' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Done: “Information shared with you” will no longer reach you by email.',
    );
  });
});
