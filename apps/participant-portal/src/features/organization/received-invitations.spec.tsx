import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { organizationMessages } from './messages';
import type { PortalReceivedInvitationFragment } from './organization.generated';
import { ReceivedInvitationsList } from './received-invitations';

const invitation = (
  over: Partial<PortalReceivedInvitationFragment> = {},
): PortalReceivedInvitationFragment => ({
  id: 'i1',
  organizationId: 'o1',
  organizationName: 'Panadería La Espiga',
  invitedByName: 'Pedro Panadero',
  role: 'MEMBER',
  expiresAt: '2026-12-15T10:00:00Z',
  ...over,
});

function render(invitations: PortalReceivedInvitationFragment[], language: 'es' | 'en' = 'es') {
  const onAccept = vi.fn();
  const onDecline = vi.fn();
  renderWithProviders(
    <ReceivedInvitationsList
      invitations={invitations}
      email="marta@example.org"
      busy={false}
      onAccept={onAccept}
      onDecline={onDecline}
    />,
    { messages: { organization: organizationMessages }, language },
  );
  return { onAccept, onDecline, user: userEvent.setup({ delay: null }) };
}

describe('ReceivedInvitationsList', () => {
  it('tells someone without invitations which address they arrive at', () => {
    render([], 'en');
    expect(
      screen.getByText(
        'Nobody has invited you to an organization. Invitations go to marta@example.org: give it to the organization’s owner.',
      ),
    ).toBeVisible();
  });

  it('names the organization and who invites, and accepts or declines each', async () => {
    const { user, onAccept, onDecline } = render([
      invitation(),
      invitation({ id: 'i2', organizationName: 'Molino del Sur', role: 'OWNER' }),
    ]);
    expect(screen.getByText('Panadería La Espiga')).toBeVisible();
    expect(screen.getAllByText(/Te invita Pedro Panadero como/)).toHaveLength(2);
    // Owners are told what the role means before they accept it.
    expect(screen.getAllByText(/Como responsable podrás editar el perfil/)).toHaveLength(1);
    await user.click(
      screen.getByRole('button', { name: 'Aceptar la invitación de Molino del Sur' }),
    );
    expect(onAccept).toHaveBeenCalledWith(expect.objectContaining({ id: 'i2' }));
    await user.click(
      screen.getByRole('button', { name: 'Rechazar la invitación de Panadería La Espiga' }),
    );
    expect(onDecline).toHaveBeenCalledWith(expect.objectContaining({ id: 'i1' }));
  });
});
