import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '@alianza/ui/testing';
import { Notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InviteModal } from './invite-modal';
import { participantsMessages } from './messages';
import {
  ConsoleInviteByEmailDocument,
  ConsoleOrganizationSearchDocument,
} from './participants.generated';

/** The directory answers nothing, to any search. */
const emptyDirectory = {
  request: { query: ConsoleOrganizationSearchDocument, variables: () => true },
  result: {
    data: { organizations: { __typename: 'OrganizationConnection', totalCount: 0, nodes: [] } },
  },
  maxUsageCount: 100,
};

const invited = (onVariables: (v: unknown) => void) => ({
  request: {
    query: ConsoleInviteByEmailDocument,
    variables: (variables: unknown) => {
      onVariables(variables);
      return true;
    },
  },
  result: {
    data: {
      inviteByEmail: {
        __typename: 'CollaborationInvitation',
        id: 'i1',
        email: 'nueva@empresa.example',
        organizationName: 'Empresa Nueva',
        status: 'PENDING',
        locale: 'ES',
        createdAt: '2026-12-05T10:00:00Z',
        sentAt: '2026-12-05T10:00:00Z',
        sendCount: 1,
        expiresAt: '2026-12-19T10:00:00Z',
        openedAt: null,
        closedAt: null,
        participationId: null,
      },
    },
  },
});

function render(sent: (v: unknown) => void, language: 'es' | 'en' = 'es') {
  const onClose = vi.fn();
  renderWithProviders(
    <MockedProvider mocks={[emptyDirectory, invited(sent)] as never}>
      <>
        <Notifications />
        <InviteModal
          collaborationId="c1"
          opened
          onClose={onClose}
          busyOrganizationIds={new Set()}
        />
      </>
    </MockedProvider>,
    { messages: { participants: participantsMessages }, language },
  );
  return { onClose, user: userEvent.setup({ delay: null }) };
}

describe('InviteModal', () => {
  it('offers the email when the directory has no organization of that name, with the name searched', async () => {
    const sent = vi.fn();
    const { user, onClose } = render(sent);
    await user.type(screen.getByRole('combobox', { name: /^Organización/ }), 'Empresa Nueva');
    await user.click(
      await screen.findByRole(
        'button',
        { name: 'Invitar por correo a «Empresa Nueva»' },
        { timeout: 3000 },
      ),
    );
    expect(screen.getByRole('textbox', { name: /Nombre de la organización/ })).toHaveValue(
      'Empresa Nueva',
    );
    expect(screen.getByRole('combobox', { name: 'Idioma del correo' })).toHaveValue('Español');
    await user.type(
      screen.getByRole('textbox', { name: /Correo electrónico de la persona responsable/ }),
      'nueva@empresa.example',
    );
    await user.type(screen.getByRole('textbox', { name: /Mensaje de invitación/ }), 'Hola');
    await user.click(screen.getByRole('button', { name: 'Enviar invitación por correo' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sent).toHaveBeenCalledWith({
      collaborationId: 'c1',
      input: {
        email: 'nueva@empresa.example',
        organizationName: 'Empresa Nueva',
        message: 'Hola',
        locale: 'ES',
      },
    });
  });

  it('checks the address before sending, in the console’s language', async () => {
    const sent = vi.fn();
    const { user } = render(sent, 'en');
    await user.click(screen.getByRole('radio', { name: 'By email' }));
    await user.type(screen.getByRole('textbox', { name: /Email address of the person/ }), 'nueva');
    await user.type(screen.getByRole('textbox', { name: /Name of the organization/ }), 'Nueva');
    await user.click(screen.getByRole('button', { name: 'Send the invitation by email' }));
    expect(screen.getByText('Write a valid email address')).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Language of the email' })).toHaveValue('English');
    expect(sent).not.toHaveBeenCalled();
  });
});
