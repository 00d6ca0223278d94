import { renderWithProviders } from '@alianza/ui/testing';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { CreateRoundForm, type NoisePreviewRequest } from './create-round-form';
import { benchmarksMessages } from './messages';
import { NoiseSummary } from './noise-summary';

const participants = [
  { organizationId: 'org-espiga', name: 'Panadería La Espiga' },
  { organizationId: 'org-molino', name: 'Molino del Sur' },
  { organizationId: 'org-horno', name: 'Horno de Leña' },
];

/** Stands in for the API's noise preview: the mean's margin for ε = 1 over 0–100, b · ln 20. */
function preview(request: NoisePreviewRequest) {
  const { publishMean, quantiles } = request.privacy;
  const [lower, upper] = [request.privacy.lowerDecimal, request.privacy.upperDecimal].map(
    Number,
  ) as [number, number];
  const margin = ((upper - lower) / request.count) * Math.log(20);
  return (
    <NoiseSummary
      noise={{
        count: request.count,
        mean: publishMean ? { margin95: margin } : null,
        quantiles: (quantiles ?? []).map((p) => ({ p, margin95: 20 })),
      }}
      width={upper - lower}
      format={(v) => v.toFixed(0)}
    />
  );
}

function render(language: 'es' | 'en' = 'es') {
  const onSubmit = vi.fn();
  const onPreview = vi.fn(preview);
  renderWithProviders(
    <CreateRoundForm
      participants={participants}
      areas={[{ id: 'area-costes', name: 'Costes' }]}
      onSubmit={onSubmit}
      onCancel={() => undefined}
      renderNoisePreview={onPreview}
    />,
    { messages: { benchmarks: benchmarksMessages }, language },
  );
  return { onSubmit, onPreview, user: userEvent.setup({ delay: null }) };
}

describe('CreateRoundForm', () => {
  it('warns before creating a round that can never publish, and says so on the button', async () => {
    const { user } = render();
    // Three companies, default k = 5.
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Solo 3 empresas para un grupo mínimo de 5: esta ronda nunca podrá publicar resultados.',
    );
    expect(screen.getByRole('button', { name: 'Crear igualmente' })).toBeVisible();

    const k = screen.getByRole('textbox', { name: /Mínimo de empresas para publicar/ });
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
    const k = screen.getByRole('textbox', { name: /Mínimo de empresas para publicar/ });
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
    const k = screen.getByRole('textbox', { name: /Minimum companies to publish/ });
    await user.clear(k);
    await user.type(k, '2');
    await user.click(screen.getByRole('button', { name: 'Create round' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('At least 3.')).toBeVisible();
    expect(screen.getByText('Required')).toBeVisible();
  });

  it('sets up a round with noise added: range, level, figures and a preview of the noise in words', async () => {
    const { user, onSubmit, onPreview } = render('en');
    await user.type(screen.getByRole('textbox', { name: /Metric/ }), 'Gross margin');
    await user.click(screen.getByRole('checkbox', { name: /Values add up/ }));
    expect(
      screen.queryByRole('textbox', { name: /Lowest sensible value/ }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: /Figures with noise added/ }));
    expect(
      screen.getByText(
        'Values below count as the lowest and values above as the highest. Companies see this when they submit their value.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('checkbox', { name: 'the average' }));
    await user.click(screen.getByRole('checkbox', { name: 'the lower quartile (25%)' }));
    await user.click(screen.getByRole('checkbox', { name: 'the upper quartile (75%)' }));
    expect(onPreview).toHaveBeenLastCalledWith({
      privacy: {
        lowerDecimal: '0',
        upperDecimal: '100',
        level: 'BALANCED',
        publishMean: true,
        quantiles: [0.5],
      },
      count: 3,
      summable: true,
    });
    // Three companies over 0–100: the noise covers much of the range, and the screen says so.
    expect(
      screen.getByText(
        'With 3 companies, the published average may differ from the true one by about ±100 in 95 of 100 rounds.',
      ),
    ).toBeVisible();
    expect(
      screen.getByText('With 3 companies, the median is typically within ±20 of the true one.'),
    ).toBeVisible();
    expect(screen.getByText(/the noise covers much of the range/)).toBeVisible();

    const upper = screen.getByRole('textbox', { name: /Highest sensible value/ });
    await user.clear(upper);
    await user.type(upper, '0');
    await user.click(screen.getByRole('button', { name: /Create/ }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(screen.getByText('Must be above the lowest value.')).toBeVisible();

    await user.clear(upper);
    await user.type(upper, '60');
    await user.click(screen.getByRole('radio', { name: 'Strong (more noise)' }));
    await user.click(screen.getByRole('button', { name: /Create/ }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    expect(onSubmit.mock.calls[0]?.[0]).toMatchObject({
      publicationMode: 'DIFFERENTIAL_PRIVACY',
      summable: true,
      differentialPrivacy: {
        lowerDecimal: '0',
        upperDecimal: '60',
        level: 'STRONG',
        publishMean: true,
        quantiles: [0.5],
      },
    });
  });
});
