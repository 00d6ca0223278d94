import { RequestPasswordResetDocument, ResetPasswordDocument } from '@alianza/graphql-client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { ForgotPasswordPage } from './forgot-password-page';
import { ResetPasswordPage } from './reset-password-page';

const TOKEN = 'tok3n-from-the-email';

function renderAt(
  path: string,
  mocks: MockLink.MockedResponse[],
  options: { language?: 'es' | 'en' } = {},
) {
  const page = (element: ReactElement) => (
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/forgot-password" element={element} />
          <Route path="/reset-password" element={<ResetPasswordPage appTitle="Portal" />} />
          <Route path="/" element={<p>Página de entrada</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>
  );
  return renderWithProviders(page(<ForgotPasswordPage appTitle="Portal" />), options);
}

const reset = (
  newPassword: string,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: { query: ResetPasswordDocument, variables: { input: { token: TOKEN, newPassword } } },
  result,
});

describe('ForgotPasswordPage', () => {
  it('asks for a link (in the account’s language, ADR 0028) and says the same whatever the address', async () => {
    const email = 'nadie@empresa.example';
    renderAt('/forgot-password', [
      {
        request: {
          query: RequestPasswordResetDocument,
          variables: { input: { email } },
        },
        result: { data: { requestPasswordReset: true } },
      },
    ]);
    expect(await screen.findByRole('heading', { name: '¿Olvidaste tu contraseña?' })).toBeVisible();
    await userEvent.type(screen.getByLabelText(/Correo electrónico/), ` ${email} `);
    await userEvent.click(screen.getByRole('button', { name: 'Enviar el enlace' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      `Si hay una cuenta con la dirección ${email}, te hemos enviado un enlace`,
    );
    await userEvent.click(screen.getByRole('link', { name: 'Volver a entrar' }));
    expect(await screen.findByText('Página de entrada')).toBeVisible();
  });

  it('refuses an address that is not one before asking, in English too', async () => {
    renderAt('/forgot-password', [], { language: 'en' });
    await userEvent.type(await screen.findByLabelText(/Email/), 'not-an-address');
    await userEvent.click(screen.getByRole('button', { name: 'Send the link' }));
    expect(await screen.findByText('Enter a valid email address.')).toBeVisible();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('ResetPasswordPage', () => {
  const fill = async (password: string, confirm = password) => {
    await userEvent.type(await screen.findByLabelText(/^Contraseña nueva/), password);
    await userEvent.type(screen.getByLabelText(/^Repite la contraseña/), confirm);
    await userEvent.click(screen.getByRole('button', { name: 'Guardar la contraseña' }));
  };

  it('sets the new password with the link token, then offers to sign in', async () => {
    renderAt(`/reset-password?token=${TOKEN}`, [
      reset('una contraseña nueva', { data: { resetPassword: true } }),
    ]);
    await fill('una contraseña nueva');
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Ya puedes entrar con tu contraseña nueva.',
    );
    await userEvent.click(screen.getByRole('link', { name: 'Entrar' }));
    expect(await screen.findByText('Página de entrada')).toBeVisible();
  });

  it('says a password is too short, or the two differ, before sending anything', async () => {
    renderAt(`/reset-password?token=${TOKEN}`, []);
    await fill('corta');
    expect(
      await screen.findByText('La contraseña debe tener al menos 10 caracteres.'),
    ).toBeVisible();
    await userEvent.clear(screen.getByLabelText(/^Contraseña nueva/));
    await userEvent.clear(screen.getByLabelText(/^Repite la contraseña/));
    await fill('una contraseña nueva', 'otra contraseña nueva');
    expect(await screen.findByText('Las dos contraseñas no coinciden.')).toBeVisible();
  });

  it.each([
    ['RESET_LINK_EXPIRED', 'Este enlace caducó.'],
    ['RESET_LINK_USED', 'Este enlace ya se usó.'],
    ['RESET_LINK_UNKNOWN', 'Este enlace no es válido.'],
  ])('says what is wrong with a %s link and offers a new one', async (reason, text) => {
    renderAt(`/reset-password?token=${TOKEN}`, [
      reset('una contraseña nueva', {
        errors: [
          new GraphQLError('This password reset link is not usable.', {
            extensions: { code: 'BAD_USER_INPUT', reason },
          }),
        ],
      }),
    ]);
    await fill('una contraseña nueva');
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
    await userEvent.click(screen.getByRole('link', { name: 'Pedir un enlace nuevo' }));
    expect(await screen.findByRole('heading', { name: '¿Olvidaste tu contraseña?' })).toBeVisible();
  });

  it('says a link without its token is incomplete', async () => {
    renderAt('/reset-password', []);
    expect(await screen.findByRole('alert')).toHaveTextContent('Este enlace está incompleto.');
  });
});
