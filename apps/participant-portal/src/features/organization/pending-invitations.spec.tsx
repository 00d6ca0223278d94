import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { organizationMessages } from './messages';
import type { PortalOrganizationInvitationFragment } from './organization.generated';
import { PendingInvitations } from './pending-invitations';

const invitation = (
  over: Partial<PortalOrganizationInvitationFragment> = {},
): PortalOrganizationInvitationFragment => ({
  id: 'i1',
  email: 'ana@example.org',
  role: 'MEMBER',
  status: 'PENDING',
  createdAt: '2026-12-01T10:00:00Z',
  expiresAt: '2026-12-15T10:00:00Z',
  ...over,
});

function render(invitations: PortalOrganizationInvitationFragment[]) {
  const onRevoke = vi.fn();
  renderWithProviders(
    <PendingInvitations invitations={invitations} revoking={false} onRevoke={onRevoke} />,
    { messages: { organization: organizationMessages } },
  );
  return { onRevoke, user: userEvent.setup({ delay: null }) };
}

describe('PendingInvitations', () => {
  it('says when there are none', () => {
    render([]);
    expect(screen.getByText('No hay invitaciones pendientes.')).toBeVisible();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists each address with its role and status, and withdraws one', async () => {
    const { user, onRevoke } = render([
      invitation(),
      invitation({ id: 'i2', email: 'luis@example.org', role: 'OWNER', status: 'EXPIRED' }),
    ]);
    expect(screen.getByRole('cell', { name: 'ana@example.org' })).toBeVisible();
    expect(screen.getByText('Responsable')).toBeVisible();
    expect(screen.getByText('Caducada')).toBeVisible();
    expect(screen.getByText('Pendiente')).toBeVisible();
    await user.click(
      screen.getByRole('button', { name: 'Retirar la invitación a luis@example.org' }),
    );
    expect(onRevoke).toHaveBeenCalledWith(expect.objectContaining({ id: 'i2' }));
  });
});
