import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CreateRoundForm } from './create-round-form';
import { benchmarksMessages } from './messages';

const participants = [
  { organizationId: 'org-espiga', name: 'Panadería La Espiga' },
  { organizationId: 'org-molino', name: 'Molino del Sur' },
  { organizationId: 'org-horno', name: 'Horno de Leña' },
];

function render(language: 'es' | 'en' = 'es') {
  const onSubmit = vi.fn();
  renderWithProviders(
    <CreateRoundForm
      participants={participants}
      areas={[{ id: 'area-costes', name: 'Costes' }]}
      onSubmit={onSubmit}
      onCancel={() => undefined}
    />,
    { messages: { benchmarks: benchmarksMessages }, language },
  );
  return { onSubmit, user: userEvent.setup({ delay: null }) };
}

describe('CreateRoundForm', () => {
  it('warns before creating a round that can never publish, and says so on the button', async () => {
    const { user } = render();
    // Three companies, default k = 5.
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Solo 3 empresas para un grupo mínimo de 5: esta ronda nunca podrá publicar resultados.',
    );
    expect(screen.getByRole('button', { name: 'Crear igualmente' })).toBeVisible();

    const k = screen.getByRole('textbox', { name: /Grupo mínimo \(k\)/ });
    await user.clear(k);
    await user.type(k, '3');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Crear ronda' })).toBeVisible();

    // A summable metric over three companies cannot keep everyone under 25 %.
    await user.click(screen.getByRole('checkbox', { name: /Los valores se suman/ }));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'hacen falta al menos 4 empresas para que ninguna lo supere',
    );
  });

  it('sends the input in the API shape: k, cap as a share, the chosen companies, end-of-day close', async () => {
    const { user, onSubmit } = render();
    await user.type(screen.getByRole('textbox', { name: /Métrica/ }), '  Coste por envío ');
    await user.type(screen.getByRole('textbox', { name: /Unidad/ }), '€');
    const k = screen.getByRole('textbox', { name: /Grupo mínimo \(k\)/ });
    await user.clear(k);
    await user.type(k, '3');
    await user.click(screen.getByRole('checkbox', { name: /Un valor más alto es mejor/ }));
    await user.click(screen.getByRole('button', { name: 'Crear ronda' }));

    expect(onSubmit).toHaveBeenCalledTimes(1);
    const input = onSubmit.mock.calls[0]?.[0];
    expect(input).toMatchObject({
      metricName: 'Coste por envío',
      unit: '€',
      areaId: null,
      higherIsBetter: false,
      summable: false,
      k: 3,
      dominanceCap: 0.25,
      facilitatorSeesValues: false,
      opensAt: null,
      participantOrganizationIds: ['org-espiga', 'org-molino', 'org-horno'],
    });
    const closes = new Date(input.closesAt);
    expect(closes.getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    expect(closes.getSeconds()).toBe(59); // the end of the chosen day
  });

  it('refuses k below 3 and a round without a metric', async () => {
    const { user, onSubmit } = render('en');
    const k = screen.getByRole('textbox', { name: /Minimum group \(k\)/ });
    await user.clear(k);
    await user.type(k, '2');
    await user.click(screen.getByRole('button', { name: 'Create round' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('At least 3.')).toBeVisible();
    expect(screen.getByText('Required')).toBeVisible();
  });
});
