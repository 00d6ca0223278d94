import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { benchmarksMessages } from './messages';
import { SubmitValueForm } from './submit-value-form';

function render(props: Partial<Parameters<typeof SubmitValueForm>[0]> = {}) {
  const onSubmit = vi.fn();
  renderWithProviders(
    <SubmitValueForm
      unit="%"
      summable={false}
      facilitatorSeesValues={false}
      current={null}
      onSubmit={onSubmit}
      {...props}
    />,
    { messages: { benchmarks: benchmarksMessages } },
  );
  return { onSubmit, user: userEvent.setup({ delay: null }) };
}

describe('SubmitValueForm', () => {
  it('says nobody else sees the value, not even the facilitator, and sends the number', async () => {
    const { user, onSubmit } = render();
    expect(screen.getByText('Ninguna otra empresa verá tu valor, nunca.')).toBeVisible();
    expect(screen.getByText('Tampoco la facilitación: solo tu organización.')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Tu valor (%)' }), '12,5');
    await user.click(screen.getByRole('button', { name: 'Enviar valor' }));
    expect(onSubmit).toHaveBeenCalledWith('12.5');
  });

  it('says when the facilitator can see it, and offers to replace a value already sent', () => {
    render({
      facilitatorSeesValues: true,
      current: { valueDecimal: '7', submittedAt: '2026-11-19T10:00:00Z' },
    });
    expect(
      screen.getByText('La facilitación sí puede verlo: así se configuró esta ronda.'),
    ).toBeVisible();
    expect(screen.getByText(/Enviaste 7 % el/)).toBeVisible();
    expect(screen.getByRole('button', { name: 'Reemplazar valor' })).toBeVisible();
  });

  it('refuses an empty value and a negative one for a metric that adds up', async () => {
    const { user, onSubmit } = render({ summable: true });
    await user.click(screen.getByRole('button', { name: 'Enviar valor' }));
    expect(screen.getByText('Escribe un número.')).toBeVisible();
    await user.type(screen.getByRole('textbox', { name: 'Tu valor (%)' }), '-3');
    await user.click(screen.getByRole('button', { name: 'Enviar valor' }));
    expect(
      screen.getByText('Esta métrica se suma entre empresas: no puede ser negativa.'),
    ).toBeVisible();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('tells a round with noise added that values outside its range count as its ends', () => {
    render({ range: { lowerDecimal: '0', upperDecimal: '100' } });
    expect(
      screen.getByText(
        'Los valores por debajo de 0 % cuentan como 0 %, y los de encima de 100 % como 100 %: así ninguna empresa puede mover mucho las cifras.',
      ),
    ).toBeVisible();
  });
});
