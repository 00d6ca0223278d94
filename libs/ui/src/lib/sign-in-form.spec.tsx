import { CompleteLoginDocument, LoginDocument } from '@alianza/graphql-client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { PasswordInput } from '@mantine/core';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { twoFactorSignInMessages } from '../account/two-factor/messages';
import { renderWithProviders } from '../testing/render';
import { SignInForm } from './sign-in-form';

const EMAIL = 'ana@example.org';
const PASSWORD = 'a long passphrase';
const WAIT = { timeout: 5000 };

const login = (secondFactorChallenge: { token: string; expiresAt: string } | null) => ({
  request: { query: LoginDocument, variables: { input: { email: EMAIL, password: PASSWORD } } },
  result: {
    data: {
      login: {
        user: secondFactorChallenge
          ? null
          : {
              id: 'u1',
              email: EMAIL,
              displayName: 'Ana',
              isFacilitator: false,
              isPlatformAdmin: false,
            },
        expiresAt: secondFactorChallenge ? null : '2026-12-31T00:00:00Z',
        secondFactorChallenge,
      },
    },
  },
});

function renderForm(mocks: MockLink.MockedResponse[]) {
  const onSignedIn = vi.fn();
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <SignInForm
        email={EMAIL}
        header={<h2>Entra para continuar</h2>}
        submitLabel="Entrar y seguir"
        onSignedIn={onSignedIn}
      />
    </MockedProvider>,
    { messages: { 'two-factor-sign-in': twoFactorSignInMessages } },
  );
  return { onSignedIn, user: userEvent.setup({ delay: null }) };
}

describe('SignInForm in the reader’s language', () => {
  it('names the password’s show/hide button in Spanish', () => {
    renderForm([]);
    const toggle = screen.getByRole('button', { name: 'Mostrar u ocultar la contraseña' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('button', { name: /Toggle password/ })).not.toBeInTheDocument();
  });

  it('names it in English for an English reader', () => {
    renderWithProviders(<PasswordInput label="Password" />, { language: 'en' });
    expect(screen.getByRole('button', { name: 'Show or hide the password' })).toBeVisible();
  });
});

describe('SignInForm with a given address (an invitation’s)', () => {
  it('shows the address, not a field to type it, and signs in with the password', async () => {
    const { onSignedIn, user } = renderForm([login(null)]);
    expect(screen.getByRole('textbox', { name: 'Correo electrónico' })).toHaveValue(EMAIL);
    await user.type(screen.getByLabelText(/Contraseña/), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Entrar y seguir' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled(), WAIT);
  });

  it('asks an account with two-step verification for its code before it is signed in', async () => {
    const { onSignedIn, user } = renderForm([
      login({ token: 'alzc_c', expiresAt: '2026-12-31T00:05:00Z' }),
      {
        request: {
          query: CompleteLoginDocument,
          variables: { input: { challenge: 'alzc_c', code: '123456' } },
        },
        result: {
          data: {
            completeLogin: {
              user: {
                id: 'u1',
                email: EMAIL,
                displayName: 'Ana',
                isFacilitator: false,
                isPlatformAdmin: false,
              },
              expiresAt: '2026-12-31T00:00:00Z',
            },
          },
        },
      },
    ]);
    await user.type(screen.getByLabelText(/Contraseña/), PASSWORD);
    await user.click(screen.getByRole('button', { name: 'Entrar y seguir' }));
    const code = await screen.findByLabelText(/Código de la app/, undefined, WAIT);
    expect(onSignedIn).not.toHaveBeenCalled();
    await user.type(code, '123456');
    await user.click(screen.getByRole('button', { name: 'Verificar' }));
    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalled(), WAIT);
  });
});
