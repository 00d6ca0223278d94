import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Comparison } from './comparison';
import { queueMessages } from './messages';
import type { PreviewSource } from './preview-columns';

const BODY = 'Coste 0,62 EUR con **Harinas del Sur**.';
const fields = [
  { key: 'coste', label: 'Coste', type: 'NUMBER', number: 0.62, text: null },
  { key: 'margen', label: 'Margen', type: 'NUMBER', number: 0.31, text: null },
];
const content = {
  body: BODY,
  fields: [fields[0]!],
  redactedFieldCount: 1,
  redactedSpanCount: 0,
};
const source: PreviewSource = {
  itemVersion: { body: BODY, fields },
  proposedRedaction: { fieldKeys: ['margen'], spans: [] },
  previews: [
    { organizationId: 'm', organizationName: 'Molino del Sur', content },
    { organizationId: 't', organizationName: 'Transportes Rápidos', content },
  ],
};

describe('Comparison', () => {
  it('shows the original beside one column per recipient, with that recipient’s redactions', () => {
    const start = BODY.indexOf('Harinas');
    renderWithProviders(
      <Comparison
        source={source}
        extras={{ m: { fieldKeys: [], spans: [{ start, end: start + 19 }] } }}
      />,
      { messages: { queue: queueMessages } },
    );
    const molino = screen.getByRole('region', { name: 'Lo que verá Molino del Sur' });
    expect(within(molino).getByText('texto oculto')).toBeInTheDocument();
    expect(within(molino).queryByText('Harinas del Sur')).not.toBeInTheDocument();
    expect(within(molino).getByText('Con tus ocultaciones')).toBeInTheDocument();
    expect(within(molino).getByText('No verá: Margen')).toBeInTheDocument();
    const transportes = screen.getByRole('region', { name: 'Lo que verá Transportes Rápidos' });
    expect(within(transportes).getByText('Harinas del Sur')).toBeInTheDocument();
    expect(within(transportes).queryByText('Margen')).not.toBeInTheDocument();
    expect(screen.getByText('Oculto en la propuesta')).toBeInTheDocument();
  });
});
