import { CompleteLoginDocument, DemoSignInDocument, LoginDocument } from '@alianza/graphql-client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { LoginPage } from '../../lib/session';
import { renderWithProviders } from '../../testing/render';
import { twoFactorSignInMessages } from './messages';
import { SecondFactorStep } from './second-factor-step';

const USER = {
  id: 'u1',
  email: 'ana@example.org',
  displayName: 'Ana',
  isFacilitator: true,
  isPlatformAdmin: false,
  locale: 'ES',
  emailVerified: true,
};

const signedIn = { data: { completeLogin: { user: USER, expiresAt: '2026-12-31T00:00:00Z' } } };
const failed = (code: string) => ({
  errors: [new GraphQLError('refused', { extensions: { code } })],
});

function completeMock(
  input: Record<string, string>,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse {
  return { request: { query: CompleteLoginDocument, variables: { input } }, result };
}

function renderStep(mocks: MockLink.MockedResponse[], language: 'es' | 'en' = 'es') {
  const onSignedIn = vi.fn();
  const onRestart = vi.fn();
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <SecondFactorStep challenge="alzc_c" onSignedIn={onSignedIn} onRestart={onRestart} />
    </MockedProvider>,
    { messages: { 'two-factor-sign-in': twoFactorSignInMessages }, language },
  );
  return { onSignedIn, onRestart, user: userEvent.setup({ delay: null }) };
}

/** A loaded machine may take over a second to answer a mocked mutation or open a modal. */
const WAIT = { timeout: 5000 };

describe('SecondFactorStep (the sign-in second step)', () => {
  it('signs in with the code of the app, typed with a space', async () => {
    const { onSignedIn, user } = renderStep([
      completeMock({ challenge: 'alzc_c', code: '123456' }, signedIn),
    ]);
    await user.type(screen.getByLabelText(/Código de la app/), '123 456');
    await user.click(screen.getByRole('button', { name: 'Verificar' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled(), WAIT);
  });

  it('says a wrong code is wrong, and lets another be typed', async () => {
    const { onSignedIn, user } = renderStep([
      completeMock({ challenge: 'alzc_c', code: '000000' }, failed('BAD_USER_INPUT')),
      completeMock({ challenge: 'alzc_c', code: '654321' }, signedIn),
    ]);
    const field = screen.getByLabelText(/Código de la app/);
    await user.type(field, '000000');
    await user.click(screen.getByRole('button', { name: 'Verificar' }));
    expect(await screen.findByRole('alert', undefined, WAIT)).toHaveTextContent(
      'Ese código no es correcto o ya se usó',
    );
    expect(field).toHaveValue('');
    await user.type(field, '654321');
    await user.click(screen.getByRole('button', { name: 'Verificar' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled(), WAIT);
  });

  it('sends a recovery code when asked to use one', async () => {
    const { onSignedIn, user } = renderStep(
      [completeMock({ challenge: 'alzc_c', recoveryCode: 'ABCD-EFGH-JKLM-NPQR' }, signedIn)],
      'en',
    );
    await user.click(screen.getByRole('button', { name: /Use a recovery code/ }));
    expect(screen.getByText(/Each works once/)).toBeVisible();
    await user.type(screen.getByLabelText(/Recovery code/), 'ABCD-EFGH-JKLM-NPQR');
    await user.click(screen.getByRole('button', { name: 'Verify' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled(), WAIT);
  });

  it('sends a sign-in that has expired back to the password', async () => {
    const { onRestart, onSignedIn, user } = renderStep([
      completeMock({ challenge: 'alzc_c', code: '123456' }, failed('UNAUTHENTICATED')),
    ]);
    await user.type(screen.getByLabelText(/Código de la app/), '123456');
    await user.click(screen.getByRole('button', { name: 'Verificar' }));
    expect(await screen.findByRole('alert', undefined, WAIT)).toHaveTextContent(
      'Ha pasado demasiado tiempo',
    );
    await user.click(screen.getByRole('button', { name: 'Volver a empezar' }));
    expect(onRestart).toHaveBeenCalled();
    expect(onSignedIn).not.toHaveBeenCalled();
  });

  it('asks for the code before sending anything', async () => {
    const { user } = renderStep([]);
    await user.click(screen.getByRole('button', { name: 'Verificar' }));
    expect(
      await screen.findByText('Escribe las 6 cifras del código.', undefined, WAIT),
    ).toBeVisible();
  });
});

describe('LoginPage with two-step verification', () => {
  it('asks for the code after the right password, and only then signs in', async () => {
    const onSignedIn = vi.fn();
    renderWithProviders(
      <MockedProvider
        mocks={[
          { request: { query: DemoSignInDocument }, result: { data: { demoSignIn: null } } },
          {
            request: {
              query: LoginDocument,
              variables: { input: { email: 'ana@example.org', password: 'a long passphrase' } },
            },
            result: {
              data: {
                login: {
                  user: null,
                  expiresAt: null,
                  secondFactorChallenge: { token: 'alzc_c', expiresAt: '2026-12-31T00:05:00Z' },
                },
              },
            },
          },
          completeMock({ challenge: 'alzc_c', code: '123456' }, signedIn),
        ]}
      >
        <LoginPage appTitle="Consola" onSignedIn={onSignedIn} />
      </MockedProvider>,
      { messages: { 'two-factor-sign-in': twoFactorSignInMessages } },
    );
    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByLabelText(/Correo electrónico/), 'ana@example.org');
    await user.type(screen.getByLabelText(/Contraseña/), 'a long passphrase');
    await user.click(screen.getByRole('button', { name: 'Entrar' }));
    const code = await screen.findByLabelText(/Código de la app/, undefined, WAIT);
    expect(onSignedIn).not.toHaveBeenCalled();
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verificar' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled(), WAIT);
  });
});
