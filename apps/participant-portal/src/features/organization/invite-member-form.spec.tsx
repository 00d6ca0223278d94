import { renderWithProviders } from '@alianza/ui/testing';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { InviteMemberForm } from './invite-member-form';
import { organizationMessages } from './messages';

function render(sent = true, language: 'es' | 'en' = 'es') {
  const onInvite = vi.fn().mockResolvedValue(sent);
  renderWithProviders(<InviteMemberForm inviting={false} onInvite={onInvite} />, {
    messages: { organization: organizationMessages },
    language,
  });
  return { onInvite, user: userEvent.setup({ delay: null }) };
}

describe('InviteMemberForm', () => {
  it('sends an invitation for the address and role, then empties', async () => {
    const { user, onInvite } = render();
    const email = screen.getByRole('textbox', { name: 'Correo electrónico' });
    await user.type(email, '  ana@example.org ');
    await user.click(screen.getByRole('button', { name: 'Enviar invitación' }));
    expect(onInvite).toHaveBeenCalledWith('ana@example.org', 'MEMBER');
    await waitFor(() => expect(email).toHaveValue(''));
  });

  it('says the person becomes a member only on accepting, and never whether an account exists', () => {
    render(true, 'en');
    expect(
      screen.getByText(
        'They become a member once they accept from their Alianza account (they may create it later with this email). You will not see here whether they have an account.',
      ),
    ).toBeVisible();
  });

  it('refuses something that is no email, and keeps the address when sending failed', async () => {
    const { user, onInvite } = render(false);
    const email = screen.getByRole('textbox', { name: 'Correo electrónico' });
    await user.type(email, 'ana');
    await user.click(screen.getByRole('button', { name: 'Enviar invitación' }));
    expect(screen.getByText('Escribe un correo electrónico válido')).toBeVisible();
    expect(onInvite).not.toHaveBeenCalled();
    await user.type(email, '@example.org');
    await user.click(screen.getByRole('button', { name: 'Enviar invitación' }));
    expect(onInvite).toHaveBeenCalledWith('ana@example.org', 'MEMBER');
    expect(email).toHaveValue('ana@example.org');
  });
});
