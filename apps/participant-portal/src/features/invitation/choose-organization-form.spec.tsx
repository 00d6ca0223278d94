import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '@alianza/ui/testing';
import { Notifications } from '@mantine/notifications';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChooseOrganizationForm } from './choose-organization-form';
import {
  PortalAcceptCollaborationInvitationDocument,
  PortalOwnedOrganizationsDocument,
} from './invitation.generated';
import { invitationMessages } from './messages';

const owned = (nodes: { id: string; name: string; myRole: 'OWNER' | 'MEMBER' }[]) => ({
  request: { query: PortalOwnedOrganizationsDocument },
  result: {
    data: { organizations: { nodes: nodes.map((n) => ({ __typename: 'Organization', ...n })) } },
  },
});

const accepted = (onVariables: (v: unknown) => void) => ({
  request: {
    query: PortalAcceptCollaborationInvitationDocument,
    variables: (variables: unknown) => {
      onVariables(variables);
      return true;
    },
  },
  result: {
    data: {
      acceptCollaborationInvitation: {
        __typename: 'Participation',
        id: 'p1',
        collaborationId: 'c1',
        organizationId: 'o1',
        status: 'INVITED',
        organization: { __typename: 'Organization', id: 'o1', name: 'Empresa Nueva' },
      },
    },
  },
});

function render(mocks: unknown[]) {
  const onAccepted = vi.fn();
  renderWithProviders(
    <MockedProvider mocks={mocks as never}>
      <>
        <Notifications />
        <ChooseOrganizationForm
          token="alzi_token"
          proposedName="Empresa Nueva"
          onAccepted={onAccepted}
        />
      </>
    </MockedProvider>,
    { messages: { invitation: invitationMessages } },
  );
  return { onAccepted, user: userEvent.setup({ delay: null }) };
}

describe('ChooseOrganizationForm', () => {
  it('proposes founding the organization named in the invitation, then leads to its rules', async () => {
    const sent = vi.fn();
    const { user, onAccepted } = render([owned([]), accepted(sent)]);
    const name = await screen.findByRole('textbox', { name: /Nombre de la organización/ });
    expect(name).toHaveValue('Empresa Nueva');
    expect(screen.queryByRole('radio')).toBeNull();
    await user.clear(name);
    await user.type(name, 'Empresa Nueva S.L.');
    await user.click(screen.getByRole('button', { name: 'Aceptar la invitación' }));
    await waitFor(() => expect(onAccepted).toHaveBeenCalledWith('c1'));
    expect(sent).toHaveBeenCalledWith({
      input: {
        token: 'alzi_token',
        newOrganization: { name: 'Empresa Nueva S.L.', kind: 'COMPANY' },
      },
    });
  });

  it('offers first an organization the person owns (never one they only belong to)', async () => {
    const sent = vi.fn();
    const { user, onAccepted } = render([
      owned([
        { id: 'o1', name: 'Molino del Sur', myRole: 'OWNER' },
        { id: 'o2', name: 'Ajena', myRole: 'MEMBER' },
      ]),
      accepted(sent),
    ]);
    expect(
      await screen.findByRole('radio', { name: 'Una organización que ya gestiono' }),
    ).toBeChecked();
    expect(screen.getByRole('combobox', { name: /Tu organización/ })).toHaveValue('Molino del Sur');
    await user.click(screen.getByRole('button', { name: 'Aceptar la invitación' }));
    await waitFor(() => expect(onAccepted).toHaveBeenCalledWith('c1'));
    expect(sent).toHaveBeenCalledWith({ input: { token: 'alzi_token', organizationId: 'o1' } });
  });

  it('refuses an empty name for a new organization', async () => {
    const sent = vi.fn();
    const { user } = render([owned([]), accepted(sent)]);
    await user.clear(await screen.findByRole('textbox', { name: /Nombre de la organización/ }));
    await user.click(screen.getByRole('button', { name: 'Aceptar la invitación' }));
    expect(screen.getByText('Obligatorio')).toBeVisible();
    expect(sent).not.toHaveBeenCalled();
  });
});
