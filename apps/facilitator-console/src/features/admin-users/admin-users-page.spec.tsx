import { twoFactorMessages } from '@alianza/ui';
import { renderWithProviders } from '@alianza/ui/testing';
import { MockedProvider } from '@apollo/client/testing/react';
import { Notifications } from '@mantine/notifications';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { AdminUsersPage } from './admin-users-page';
import {
  AdminAccountEventsDocument,
  AdminMakeFacilitatorDocument,
  AdminResetSecondFactorDocument,
  AdminUsersDocument,
} from './admin-users.generated';
import { adminUsersMessages } from './messages';

const user = (id: string, displayName: string, email: string, roles: object = {}) => ({
  __typename: 'User',
  id,
  email,
  displayName,
  isFacilitator: false,
  isPlatformAdmin: false,
  hasSecondFactor: false,
  createdAt: '2026-11-02T09:00:00Z',
  ...roles,
});

const ana = user('u1', 'Ana Admin', 'admin@alianza.demo', { isPlatformAdmin: true });
const lucia = user('u2', 'Lucía Pérez', 'lucia@panaderia.demo', { hasSecondFactor: true });

const page = (nodes: object[], search?: string) => ({
  request: { query: AdminUsersDocument, variables: { search, first: 25 } },
  result: {
    data: {
      users: {
        __typename: 'UserConnection',
        totalCount: nodes.length,
        pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
        nodes,
      },
    },
  },
  maxUsageCount: 10,
});

/** The machine running the suites may be busy: time for the list and the menu to appear. */
const SLOW = { timeout: 5000 };

function render(mocks: object[], language: 'es' | 'en' = 'es') {
  renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <>
        <Notifications />
        <AdminUsersPage />
      </>
    </MockedProvider>,
    {
      messages: { 'admin-users': adminUsersMessages, 'two-factor': twoFactorMessages },
      language,
    },
  );
  return userEvent.setup({ delay: null });
}

async function openAction(u: ReturnType<typeof userEvent.setup>, name: string, action: string) {
  await u.click(await screen.findByRole('button', { name: `Acciones para ${name}` }, SLOW));
  await u.click(await screen.findByRole('menuitem', { name: action }, SLOW));
}

describe('AdminUsersPage', () => {
  it('lists the users with their roles, and searches by email or name once typing pauses', async () => {
    const u = render([page([ana, lucia]), page([lucia], 'panaderia')]);
    const table = await screen.findByRole(
      'table',
      { name: /Usuarios, de la cuenta más reciente/ },
      SLOW,
    );
    const anaRow = within(table).getByText('Ana Admin').closest('tr')!;
    expect(within(anaRow).getByText('Administración')).toBeVisible();
    const luciaRow = within(table).getByText('Lucía Pérez').closest('tr')!;
    expect(within(luciaRow).getByText('Participante')).toBeVisible();
    expect(screen.getByText('Mostrando 2 de 2')).toBeVisible();

    await u.type(screen.getByRole('searchbox', { name: 'Buscar' }), 'panaderia');
    // The search's answer replaces the list (its loading state in between): Lucía alone.
    expect(await screen.findByText('Mostrando 1 de 1', {}, SLOW)).toBeVisible();
    expect(screen.queryByText('Ana Admin')).toBeNull();
    expect(screen.getByText('Lucía Pérez')).toBeVisible();
  });

  it('makes a user facilitator after confirming, and the row shows the new role', async () => {
    const granted = vi.fn();
    const u = render([
      page([ana, lucia]),
      {
        request: {
          query: AdminMakeFacilitatorDocument,
          variables: (v: unknown) => {
            granted(v);
            return true;
          },
        },
        result: { data: { registerFacilitator: { ...lucia, isFacilitator: true } } },
      },
    ]);
    await openAction(u, 'Lucía Pérez', 'Dar el papel de facilitación');
    const dialog = await screen.findByRole('dialog', {
      name: '¿Dar el papel de facilitación a Lucía Pérez?',
    });
    await u.click(within(dialog).getByRole('button', { name: 'Dar el papel' }));
    expect(await screen.findByText('Lucía Pérez ya puede facilitar.')).toBeVisible();
    expect(granted).toHaveBeenCalledWith({ email: 'lucia@panaderia.demo' });
    const row = screen.getByText('Lucía Pérez').closest('tr')!;
    expect(within(row).getByText('Facilitación')).toBeVisible();
    expect(within(row).queryByText('Participante')).toBeNull();
  });

  it('resets two-step verification only with a reason, after a warning, and sends the reason', async () => {
    const reset = vi.fn();
    const u = render([
      page([ana, lucia]),
      {
        request: {
          query: AdminResetSecondFactorDocument,
          variables: (v: unknown) => {
            reset(v);
            return true;
          },
        },
        result: { data: { resetSecondFactor: true } },
      },
    ]);
    const row = (await screen.findByText('Lucía Pérez')).closest('tr')!;
    expect(within(row).getByText('Activada')).toBeVisible();
    await openAction(u, 'Lucía Pérez', 'Restablecer la verificación en dos pasos');
    const dialog = await screen.findByRole('dialog', {
      name: 'Restablecer la verificación en dos pasos de Lucía Pérez',
    });
    expect(
      within(dialog).getByText(/cualquiera que conozca la contraseña de esta cuenta podrá entrar/),
    ).toBeVisible();
    await u.click(within(dialog).getByRole('button', { name: 'Restablecer' }));
    expect(within(dialog).getByText('Escribe el motivo')).toBeVisible();
    expect(reset).not.toHaveBeenCalled();

    await u.type(within(dialog).getByRole('textbox', { name: /Motivo/ }), '  Perdió el móvil ');
    await u.click(within(dialog).getByRole('button', { name: 'Restablecer' }));
    expect(
      await screen.findByText(
        'La verificación en dos pasos de Lucía Pérez está desactivada y sus sesiones cerradas.',
      ),
    ).toBeVisible();
    expect(reset).toHaveBeenCalledWith({ userId: 'u2', input: { reason: 'Perdió el móvil' } });
    // The row says so at once, without reloading the list.
    expect(within(row).getByText('No')).toBeVisible();
  });

  it('says in words when the user has no second factor to reset', async () => {
    const u = render(
      [
        page([ana, lucia]),
        {
          request: { query: AdminResetSecondFactorDocument, variables: () => true },
          result: {
            errors: [
              new GraphQLError('This user has no second factor to reset.', {
                extensions: { code: 'CONFLICT' },
              }),
            ],
          },
        },
      ],
      'en',
    );
    await u.click(await screen.findByRole('button', { name: 'Actions for Lucía Pérez' }));
    await u.click(await screen.findByRole('menuitem', { name: 'Reset two-step verification' }));
    const dialog = await screen.findByRole('dialog');
    await u.type(within(dialog).getByRole('textbox', { name: /Reason/ }), 'Lost phone');
    await u.click(within(dialog).getByRole('button', { name: 'Reset' }));
    expect(
      await within(dialog).findByText(
        'Lucía Pérez does not have two-step verification turned on: there is nothing to reset.',
      ),
    ).toBeVisible();
  });

  it("shows a user's security log, with who acted and why", async () => {
    const u = render([
      page([ana, lucia]),
      {
        request: { query: AdminAccountEventsDocument, variables: { userId: 'u2', first: 20 } },
        result: {
          data: {
            accountEvents: {
              __typename: 'AccountEventConnection',
              totalCount: 1,
              pageInfo: { __typename: 'PageInfo', endCursor: null, hasNextPage: false },
              nodes: [
                {
                  __typename: 'AccountEvent',
                  id: 'e1',
                  at: '2026-12-01T10:00:00Z',
                  kind: 'SECOND_FACTOR_RESET',
                  ip: '203.0.113.9',
                  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0',
                  reason: 'Perdió el móvil',
                  actor: { __typename: 'AccountEventActor', id: 'u1', displayName: 'Ana Admin' },
                },
              ],
            },
          },
        },
      },
    ]);
    await openAction(u, 'Lucía Pérez', 'Ver el registro de seguridad');
    const drawer = await screen.findByRole('dialog', {
      name: 'Registro de seguridad de Lucía Pérez',
    });
    expect(
      await within(drawer).findByText(
        'Verificación en dos pasos restablecida por la administración',
        {},
        SLOW,
      ),
    ).toBeVisible();
    expect(within(drawer).getByText('Ana Admin')).toBeVisible();
    expect(within(drawer).getByText('Motivo: «Perdió el móvil»')).toBeVisible();
    expect(within(drawer).getByText('203.0.113.9 · Firefox, Linux')).toBeVisible();
  });
});
