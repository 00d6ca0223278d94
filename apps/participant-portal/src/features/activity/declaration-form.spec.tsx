import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { DeclarationForm, type AreaOption } from './declaration-form';
import { activityMessages } from './messages';

vi.setConfig({ testTimeout: 20_000 });

const OPTIONS: AreaOption[] = [
  { id: 'm1', dimension: 'MARKET', label: 'Andalucía' },
  { id: 'm2', dimension: 'MARKET', label: 'Madrid' },
  { id: 's1', dimension: 'SEGMENT', label: 'Hostelería' },
  { id: 'p1', dimension: 'PRODUCT', label: 'Pan de masa madre' },
];

function render(declared: string[], canChange = true) {
  const onSave = vi.fn();
  renderWithProviders(
    <DeclarationForm
      options={OPTIONS}
      declared={declared}
      canChange={canChange}
      saving={false}
      onSave={onSave}
    />,
    { messages: { activity: activityMessages } },
  );
  return { onSave, user: userEvent.setup({ delay: null }) };
}

describe('DeclarationForm', () => {
  it('groups the options by dimension and starts from what was declared', () => {
    render(['m2']);
    expect(screen.getByRole('group', { name: 'Mercados y regiones' })).toBeVisible();
    expect(screen.getByRole('group', { name: 'Productos y servicios' })).toBeVisible();
    expect(screen.getByRole('checkbox', { name: 'Madrid' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Andalucía' })).not.toBeChecked();
    expect(screen.getByText('1 opción marcada')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Guardar declaración' })).toBeDisabled();
  });

  it('saves the whole selection across dimensions', async () => {
    const { user, onSave } = render(['m2']);
    await user.click(screen.getByRole('checkbox', { name: 'Andalucía' }));
    await user.click(screen.getByRole('checkbox', { name: 'Hostelería' }));
    await user.click(screen.getByRole('checkbox', { name: 'Madrid' }));
    expect(screen.getByText('Hay cambios sin guardar.')).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Guardar declaración' }));
    expect(onSave).toHaveBeenCalledTimes(1);
    expect([...(onSave.mock.calls[0]?.[0] as string[])].sort()).toEqual(['m1', 's1']);
  });

  it('says when the facilitator has prepared no lists', () => {
    renderWithProviders(
      <DeclarationForm options={[]} declared={[]} canChange saving={false} onSave={vi.fn()} />,
      { messages: { activity: activityMessages } },
    );
    expect(screen.getByText(/aún no ha preparado listas/)).toBeVisible();
  });

  it('is read-only once the collaboration is closed', () => {
    render(['m1'], false);
    expect(screen.getByRole('checkbox', { name: 'Andalucía' })).toBeDisabled();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
