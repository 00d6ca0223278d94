import {
  ConfirmTwoFactorSetupDocument,
  DisableTwoFactorDocument,
  MeDocument,
  MyAccountEventsDocument,
  MyTwoFactorDocument,
  RegenerateRecoveryCodesDocument,
  StartTwoFactorSetupDocument,
} from '@alianza/graphql-client';
import type { MockLink } from '@apollo/client/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import type { ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { SessionGate } from '../../lib/session';
import { renderWithProviders } from '../../testing/render';
import { AccountSecurityPage } from './account-security-page';
import { twoFactorMessages } from './messages';
import { groupedSecret } from './setup-flow';
import { SecondFactorGate } from './second-factor-gate';

const ME = {
  request: { query: MeDocument },
  result: {
    data: {
      me: {
        __typename: 'User',
        id: 'u1',
        email: 'ana@example.org',
        displayName: 'Ana',
        isFacilitator: true,
        isPlatformAdmin: false,
        locale: 'ES',
        emailVerified: true,
      },
    },
  },
};

const status = (fields: Partial<Record<string, unknown>>) => ({
  request: { query: MyTwoFactorDocument },
  result: {
    data: {
      myTwoFactor: {
        __typename: 'TwoFactorStatus',
        enabled: false,
        enabledAt: null,
        recoveryCodesLeft: 0,
        required: false,
        setupRequired: false,
        ...fields,
      },
    },
  },
});

const events = (nodes: unknown[] = []) => ({
  request: { query: MyAccountEventsDocument, variables: { first: 20 } },
  result: {
    data: {
      myAccountEvents: {
        __typename: 'AccountEventConnection',
        nodes,
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
      },
    },
  },
});

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const CODES = Array.from({ length: 10 }, (_, i) => `AAAA-BBBB-CCCC-DD${20 + i}`);
const started = {
  request: { query: StartTwoFactorSetupDocument },
  result: {
    data: {
      startTwoFactorSetup: {
        __typename: 'TwoFactorSetup',
        secret: SECRET,
        otpauthUri: `otpauth://totp/Alianza:ana%40example.org?secret=${SECRET}`,
        qrCodeDataUrl: 'data:image/svg+xml;base64,PHN2Zy8+',
      },
    },
  },
};
const confirm = (
  code: string,
  result: MockLink.MockedResponse['result'],
): MockLink.MockedResponse => ({
  request: { query: ConfirmTwoFactorSetupDocument, variables: { input: { code } } },
  result,
});
const wrong = { errors: [new GraphQLError('wrong', { extensions: { code: 'BAD_USER_INPUT' } })] };
const codes = (field: string) => ({
  data: { [field]: { __typename: 'RecoveryCodes', codes: CODES } },
});

function render(mocks: MockLink.MockedResponse[], ui: ReactNode = <AccountSecurityPage />) {
  renderWithProviders(
    <MockedProvider mocks={mocks}>
      <SessionGate appTitle="Consola">{ui}</SessionGate>
    </MockedProvider>,
    { messages: { 'two-factor': twoFactorMessages } },
  );
  return userEvent.setup({ delay: null });
}

/** A loaded machine may take over a second to answer a mocked mutation or open a modal. */
const WAIT = { timeout: 5000 };

describe('the account security screen', () => {
  it('turns two-step verification on: QR code and key, a first code, then the recovery codes once', async () => {
    const user = render([
      ME,
      status({}),
      events(),
      started,
      confirm('000000', wrong),
      confirm('123456', codes('confirmTwoFactorSetup')),
      // The log again once it is on, then where it stands once the codes are saved.
      events([
        {
          __typename: 'AccountEvent',
          id: 'e1',
          kind: 'SECOND_FACTOR_ENABLED',
          at: '2026-12-01T10:00:00Z',
          ip: null,
          userAgent: null,
          reason: null,
          actor: null,
        },
      ]),
      status({ enabled: true, enabledAt: '2026-12-01T10:00:00Z', recoveryCodesLeft: 10 }),
    ]);
    expect(await screen.findByText('Desactivada', undefined, WAIT)).toBeVisible();
    expect(
      await screen.findByText('Todavía no hay nada en el registro.', undefined, WAIT),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Activar la verificación en dos pasos' }));

    const qr = await screen.findByRole('img', { name: /Código QR/ }, WAIT);
    expect(qr).toHaveAttribute('src', 'data:image/svg+xml;base64,PHN2Zy8+');
    expect(screen.getByLabelText('Clave para escribir a mano')).toHaveValue(groupedSecret(SECRET));

    const field = screen.getByLabelText(/Código de la app/);
    await user.type(field, '000000');
    await user.click(screen.getByRole('button', { name: 'Confirmar y activar' }));
    expect(
      await screen.findByText(/Ese código no es correcto o ya se usó/, undefined, WAIT),
    ).toBeVisible();

    await user.type(field, '123 456');
    await user.click(screen.getByRole('button', { name: 'Confirmar y activar' }));
    const list = await screen.findByRole('list', { name: 'Códigos de recuperación' }, WAIT);
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(CODES);

    // Not gone until the user says they are saved.
    const finish = screen.getByRole('button', { name: 'Terminar' });
    expect(finish).toBeDisabled();
    await user.click(screen.getByLabelText('Los he guardado en un lugar seguro'));
    await user.click(finish);
    expect(await screen.findByText('Activada', undefined, WAIT)).toBeVisible();
    expect(screen.queryByText(CODES[0]!)).toBeNull();
    expect(screen.getByText('Códigos de recuperación sin usar: 10')).toBeVisible();
    expect(screen.getByRole('cell', { name: 'Verificación en dos pasos activada' })).toBeVisible();
  });

  it('renews the recovery codes with a code of the app, and shows the new ones once', async () => {
    const user = render([
      ME,
      status({ enabled: true, enabledAt: '2026-12-01T10:00:00Z', recoveryCodesLeft: 2 }),
      events([
        {
          __typename: 'AccountEvent',
          id: 'e1',
          kind: 'SECOND_FACTOR_RESET',
          at: '2026-12-01T09:00:00Z',
          ip: '203.0.113.7',
          userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0',
          reason: 'Móvil perdido',
          actor: { __typename: 'AccountEventActor', id: 'a1', displayName: 'Admin' },
        },
      ]),
      {
        request: {
          query: RegenerateRecoveryCodesDocument,
          variables: { input: { code: '123456' } },
        },
        result: codes('regenerateRecoveryCodes'),
      },
      status({ enabled: true, enabledAt: '2026-12-01T10:00:00Z', recoveryCodesLeft: 10 }),
      events(),
    ]);
    expect(
      await screen.findByText(
        'Te quedan pocos códigos de recuperación: genera otros nuevos.',
        undefined,
        WAIT,
      ),
    ).toBeVisible();
    // The log: what, by whom and why, from where.
    expect(
      await screen.findByText(
        'Verificación en dos pasos restablecida por la administración',
        undefined,
        WAIT,
      ),
    ).toBeVisible();
    expect(screen.getByText('Por Admin (administración): «Móvil perdido»')).toBeVisible();
    expect(screen.getByText('203.0.113.7 · Firefox, Linux')).toBeVisible();

    await user.click(
      screen.getByRole('button', { name: 'Generar códigos de recuperación nuevos' }),
    );
    const dialog = await screen.findByRole('dialog', undefined, WAIT);
    await user.type(within(dialog).getByLabelText(/Código de la app/), '123456');
    await user.click(within(dialog).getByRole('button', { name: 'Generar códigos nuevos' }));
    expect(
      await screen.findByRole('list', { name: 'Códigos de recuperación' }, WAIT),
    ).toBeVisible();
  });

  it('asks for the password to turn it off, and says when it is wrong', async () => {
    const user = render([
      ME,
      status({
        enabled: true,
        enabledAt: '2026-12-01T10:00:00Z',
        recoveryCodesLeft: 9,
        required: true,
      }),
      events(),
      {
        request: { query: DisableTwoFactorDocument, variables: { input: { password: 'nope' } } },
        result: wrong,
      },
    ]);
    await user.click(await screen.findByRole('button', { name: 'Desactivar' }, WAIT));
    const dialog = await screen.findByRole('dialog', undefined, WAIT);
    // The role requires it: said before turning it off (once the modal has opened).
    await vi.waitFor(
      () =>
        expect(
          within(dialog).getByText(/Tu función exige la verificación en dos pasos/),
        ).toBeVisible(),
      WAIT,
    );
    await user.type(within(dialog).getByLabelText(/Contraseña/), 'nope');
    await user.click(within(dialog).getByRole('button', { name: 'Desactivar' }));
    expect(
      await within(dialog).findByText('La contraseña no es correcta.', undefined, WAIT),
    ).toBeVisible();
  });
});

describe('SecondFactorGate', () => {
  it('lets everyone through whose role does not require it, or who has it', async () => {
    render([ME, status({})], <SecondFactorGate>the app</SecondFactorGate>);
    expect(await screen.findByText('the app', undefined, WAIT)).toBeVisible();
  });

  it('sends staff without a second factor to set it up, before anything else', async () => {
    render(
      [ME, status({ required: true, setupRequired: true }), started],
      <SecondFactorGate>the app</SecondFactorGate>,
    );
    expect(
      await screen.findByRole(
        'heading',
        { name: 'Activa la verificación en dos pasos para continuar' },
        WAIT,
      ),
    ).toBeVisible();
    expect(await screen.findByRole('img', { name: /Código QR/ }, WAIT)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Salir' })).toBeVisible();
    expect(screen.queryByText('the app')).toBeNull();
  });
});
