import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { EntryActions } from './entry-actions';
import type { LedgerEntry } from './ledger-helpers';
import { ledgerMessages } from './messages';

const US = 'org-panaderia';
const entry = (over: Partial<LedgerEntry> = {}) => ({
  id: 'entry-1',
  description: 'Muestra de harina de espelta',
  status: 'PENDING' as LedgerEntry['status'],
  receiverOrganizationId: US,
  ...over,
});

function render(e = entry(), onDispute = vi.fn().mockResolvedValue({})) {
  const onConfirm = vi.fn().mockResolvedValue({});
  renderWithProviders(
    <EntryActions entry={e} organizationId={US} onConfirm={onConfirm} onDispute={onDispute} />,
    { messages: { ledger: ledgerMessages } },
  );
  return { onConfirm, onDispute, user: userEvent.setup({ delay: null }) };
}

vi.setConfig({ testTimeout: 20_000 });

describe('EntryActions', () => {
  it('offers confirm and dispute on a pending entry we received', async () => {
    const { user, onConfirm } = render();
    await user.click(
      screen.getByRole('button', { name: 'Confirmar «Muestra de harina de espelta»' }),
    );
    expect(onConfirm).toHaveBeenCalledWith('entry-1');
    expect(
      screen.getByRole('button', { name: 'Disputar «Muestra de harina de espelta»' }),
    ).toBeInTheDocument();
  });

  it.each([
    ['we gave it', entry({ receiverOrganizationId: 'org-molino' })],
    ['it went to the whole collaboration', entry({ receiverOrganizationId: null })],
    ['it is already confirmed', entry({ status: 'CONFIRMED' })],
    ['it is disputed', entry({ status: 'DISPUTED' })],
    ['it was rejected', entry({ status: 'REJECTED' })],
  ])('shows no action when %s', (_, e) => {
    render(e);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });

  it('requires a reason to dispute, and sends it trimmed', async () => {
    const { user, onDispute } = render();
    await user.click(
      screen.getByRole('button', { name: 'Disputar «Muestra de harina de espelta»' }),
    );
    const send = await screen.findByRole('button', { name: 'Enviar disputa' });
    expect(send).toBeDisabled();
    await user.click(screen.getByLabelText(/Motivo de la disputa/));
    await user.paste('   ');
    expect(send).toBeDisabled();
    await user.paste('No llegó la muestra ');
    expect(send).toBeEnabled();
    await user.click(send);
    expect(onDispute).toHaveBeenCalledWith('entry-1', 'No llegó la muestra');
  });
});
