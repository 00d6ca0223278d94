import {
  ConfirmEmailChangeDocument,
  MeDocument,
  RequestEmailChangeDocument,
  ResendVerificationEmailDocument,
  VerifyEmailDocument,
} from '@alianza/graphql-client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { translationProblems } from '@alianza/i18n';
import { GraphQLError } from 'graphql';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../../testing/render';
import { SessionGate } from '../../lib/session';
import { ChangeEmailForm } from './change-email-form';
import { EmailLinkPage } from './email-link-page';
import { EmailVerificationBanner } from './email-verification-banner';
import { emailAddressMessages } from './messages';

const TOKEN = 'tok3n-from-the-email';

const me = (signedIn: boolean): MockLink.MockedResponse => ({
  request: { query: MeDocument },
  result: {
    data: {
      me: signedIn
        ? {
            __typename: 'User',
            id: 'u1',
            email: 'ana@empresa.example',
            displayName: 'Ana',
            isFacilitator: false,
            isPlatformAdmin: false,
            emailVerified: true,
          }
        : null,
    },
  },
  maxUsageCount: 5,
});

function renderAt(
  path: string,
  mocks: MockLink.MockedResponse[],
  options: { language?: 'es' | 'en'; signedIn?: boolean } = {},
) {
  return renderWithProviders(
    <MockedProvider mocks={[me(options.signedIn ?? false), ...mocks]}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/verify-email" element={<EmailLinkPage appTitle="Portal" kind="verify" />} />
          <Route
            path="/confirm-email-change"
            element={<EmailLinkPage appTitle="Portal" kind="change" />}
          />
          <Route path="/" element={<p>Página de entrada</p>} />
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
    options,
  );
}

const refused = (reason: string, code = 'BAD_USER_INPUT') => ({
  errors: [new GraphQLError('This link does not work.', { extensions: { code, reason } })],
});

describe('the texts of the email address', () => {
  it('has every text in Spanish and English, with the same placeholders', () => {
    expect(translationProblems({ 'email-address': emailAddressMessages })).toEqual([]);
  });
});

describe('EmailLinkPage', () => {
  it('confirms the address with the link token when asked, signed out, then offers to sign in', async () => {
    renderAt(`/verify-email?token=${TOKEN}`, [
      {
        request: {
          query: VerifyEmailDocument,
          variables: { input: { token: TOKEN } },
        },
        result: { data: { verifyEmail: true } },
      },
    ]);
    expect(
      await screen.findByRole('heading', { name: 'Confirma tu dirección de correo' }),
    ).toBeVisible();
    expect(screen.getByText('No hace falta que hayas entrado: el enlace basta.')).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Confirmar mi dirección' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'tu dirección de correo está confirmada',
    );
    await userEvent.click(screen.getByRole('link', { name: 'Entrar' }));
    expect(await screen.findByText('Página de entrada')).toBeVisible();
  });

  it.each([
    ['EMAIL_LINK_EXPIRED', 'Este enlace caducó.'],
    ['EMAIL_LINK_USED', 'Este enlace ya se usó: tu dirección ya está confirmada.'],
    ['EMAIL_LINK_UNKNOWN', 'Este enlace no es válido.'],
  ])('says what is wrong with a %s verification link', async (reason, text) => {
    renderAt(`/verify-email?token=${TOKEN}`, [
      {
        request: {
          query: VerifyEmailDocument,
          variables: { input: { token: TOKEN } },
        },
        result: refused(reason),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Confirmar mi dirección' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(text);
  });

  it('moves the account to the new address, in English, and leads a signed-in person back to the app', async () => {
    renderAt(
      `/confirm-email-change?token=${TOKEN}`,
      [
        {
          request: {
            query: ConfirmEmailChangeDocument,
            variables: { input: { token: TOKEN } },
          },
          result: { data: { confirmEmailChange: true } },
        },
      ],
      { language: 'en', signedIn: true },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Use this address' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Your account uses the new address now',
    );
    expect(screen.getByRole('link', { name: 'Go to the app' })).toBeVisible();
  });

  it('says when the new address was taken meanwhile', async () => {
    renderAt(`/confirm-email-change?token=${TOKEN}`, [
      {
        request: {
          query: ConfirmEmailChangeDocument,
          variables: { input: { token: TOKEN } },
        },
        result: refused('EMAIL_TAKEN', 'CONFLICT'),
      },
    ]);
    await userEvent.click(await screen.findByRole('button', { name: 'Usar esta dirección' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Otra cuenta usa ya esa dirección: tu dirección no ha cambiado.',
    );
  });

  it('says a link without its token is incomplete', async () => {
    renderAt('/verify-email', []);
    expect(await screen.findByRole('alert')).toHaveTextContent('Este enlace está incompleto.');
  });
});

function renderSignedIn(ui: ReactNode, mocks: MockLink.MockedResponse[], verified: boolean) {
  const user = me(true);
  const unverified = {
    ...user,
    result: { data: { me: { ...(user.result as any).data.me, emailVerified: verified } } },
  };
  renderWithProviders(
    <MockedProvider mocks={[unverified, ...mocks]}>
      <SessionGate appTitle="Portal">{ui}</SessionGate>
    </MockedProvider>,
  );
}

describe('ChangeEmailForm', () => {
  it('asks for a change with the password, then says where the link went', async () => {
    renderSignedIn(
      <ChangeEmailForm />,
      [
        {
          request: {
            query: RequestEmailChangeDocument,
            variables: {
              input: {
                newEmail: 'nueva@empresa.example',
                currentPassword: 'mi contraseña',
              },
            },
          },
          result: { data: { requestEmailChange: true } },
        },
      ],
      true,
    );
    expect(await screen.findByText('Tu cuenta usa ana@empresa.example.')).toBeVisible();
    expect(screen.getByText('Confirmada.')).toBeVisible();
    await userEvent.type(screen.getByLabelText(/^Dirección nueva/), 'ana@empresa.example');
    await userEvent.type(screen.getByLabelText(/^Tu contraseña actual/), 'mi contraseña');
    await userEvent.click(screen.getByRole('button', { name: 'Cambiar la dirección' }));
    expect(await screen.findByText('Esa ya es la dirección de tu cuenta.')).toBeVisible();
    await userEvent.clear(screen.getByLabelText(/^Dirección nueva/));
    await userEvent.type(screen.getByLabelText(/^Dirección nueva/), 'nueva@empresa.example');
    await userEvent.click(screen.getByRole('button', { name: 'Cambiar la dirección' }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Si nueva@empresa.example puede usarse, te hemos enviado allí un enlace',
    );
  });
});

describe('EmailVerificationBanner', () => {
  it('shows while the address is not confirmed, and sends another link', async () => {
    renderSignedIn(
      <EmailVerificationBanner />,
      [
        {
          request: {
            query: ResendVerificationEmailDocument,
            variables: {},
          },
          result: { data: { resendVerificationEmail: true } },
        },
      ],
      false,
    );
    expect(await screen.findByText(/Te enviamos un enlace a ana@empresa.example/)).toBeVisible();
    await userEvent.click(screen.getByRole('button', { name: 'Enviar otro enlace' }));
    expect(
      await screen.findAllByText(/Te hemos enviado otro enlace a ana@empresa.example/),
    ).not.toHaveLength(0);
  });

  it('is not there once the address is confirmed', async () => {
    renderSignedIn(
      <>
        <p>Pantalla</p>
        <EmailVerificationBanner />
      </>,
      [],
      true,
    );
    expect(await screen.findByText('Pantalla')).toBeVisible();
    expect(screen.queryByText(/Te enviamos un enlace/)).toBeNull();
  });
});
