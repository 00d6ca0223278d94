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
    expect(onInvite).toHaveBeenCalledWith('ana@example.org', 'MEMBER', 'ES');
    await waitFor(() => expect(email).toHaveValue(''));
  });

  it('says the person gets a link by email, becomes a member only on accepting, and never whether an account exists', () => {
    render(true, 'en');
    expect(
      screen.getByText(
        'They get an email with a link to accept; without an Alianza account yet, they create one with that address through the link itself. They become a member once they accept. You will not see here whether they have an account.',
      ),
    ).toBeVisible();
  });

  it('writes the email in the language chosen, by default the portal’s', async () => {
    const { user, onInvite } = render(true, 'en');
    expect(screen.getByRole('combobox', { name: 'Language of the email' })).toHaveValue('English');
    await user.type(screen.getByRole('textbox', { name: 'Email' }), 'ana@example.org');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(onInvite).toHaveBeenCalledWith('ana@example.org', 'MEMBER', 'EN');
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
    expect(onInvite).toHaveBeenCalledWith('ana@example.org', 'MEMBER', 'ES');
    expect(email).toHaveValue('ana@example.org');
  });
});
