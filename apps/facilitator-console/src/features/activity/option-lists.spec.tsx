import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { activityMessages } from './messages';
import { OptionListForm } from './option-lists';

vi.setConfig({ testTimeout: 20_000 });

function render(current: string[]) {
  const onSave = vi.fn();
  renderWithProviders(
    <OptionListForm current={current} saving={false} onSave={onSave} onCancel={vi.fn()} />,
    { messages: { activity: activityMessages } },
  );
  return { onSave, user: userEvent.setup({ delay: null }) };
}

describe('OptionListForm', () => {
  it('saves the list typed one per line, cleaned', async () => {
    const { user, onSave } = render([]);
    await user.click(screen.getByLabelText('Opciones, una por línea'));
    await user.paste('  Andalucía\n\nMadrid  \n');
    await user.click(screen.getByRole('button', { name: 'Guardar lista' }));
    expect(onSave).toHaveBeenCalledWith(['Andalucía', 'Madrid']);
  });

  it('warns which options the change removes, with their declarations', async () => {
    const { user } = render(['Andalucía', 'Madrid']);
    const box = screen.getByLabelText('Opciones, una por línea');
    await user.clear(box);
    await user.paste('Andalucía');
    expect(
      screen.getByText(/Vas a quitar: Madrid. Las empresas que las hubieran marcado/),
    ).toBeVisible();
  });

  it('refuses repeated options', async () => {
    const { user, onSave } = render([]);
    await user.click(screen.getByLabelText('Opciones, una por línea'));
    await user.paste('Madrid\nmadrid');
    await user.click(screen.getByRole('button', { name: 'Guardar lista' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Repetidas: madrid. Cada opción debe aparecer una vez.')).toBeVisible();
  });
});
