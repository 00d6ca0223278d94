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

  it('says what each recipient gets of each file, and links to the original', () => {
    const files = [
      { id: 'informe', name: 'informe.pdf', kind: 'PDF' as const, bytes: 20_000, pages: 12 },
      { id: 'tarifas', name: 'tarifas.xlsx', kind: 'SPREADSHEET' as const, bytes: 8_000 },
    ];
    const offer = [
      { fileId: 'informe', pages: null, download: true },
      { fileId: 'tarifas', pages: null, download: false },
    ];
    renderWithProviders(
      <Comparison
        source={{
          ...source,
          itemVersion: { ...source.itemVersion, files },
          proposedRedaction: { ...source.proposedRedaction, files: offer },
          previews: source.previews.map((p) => ({ ...p, files: offer })),
        }}
        extras={{
          m: {
            fieldKeys: [],
            spans: [],
            fileChoices: {
              informe: { withheld: false, pages: '1-5', download: false },
              tarifas: { withheld: true, pages: null, download: false },
            },
          },
        }}
      />,
      { messages: { queue: queueMessages } },
    );
    const molino = screen.getByRole('region', { name: 'Lo que verá Molino del Sur' });
    expect(within(molino).getByText('páginas 1–5 de 12 · solo ver')).toBeInTheDocument();
    expect(within(molino).getByText('retenido')).toBeInTheDocument();
    expect(within(molino).getByText('2 documentos cambiados')).toBeInTheDocument();
    expect(
      within(molino).getByText(/Páginas que recibirá Molino del Sur de «informe.pdf»/),
    ).toBeInTheDocument();
    const transportes = screen.getByRole('region', { name: 'Lo que verá Transportes Rápidos' });
    expect(within(transportes).getByText('completo · descarga')).toBeInTheDocument();
    expect(within(transportes).getByText('completo · solo ver')).toBeInTheDocument();
    expect(within(transportes).getByText('1–12')).toBeInTheDocument();
    expect(
      within(transportes).getByRole('link', { name: 'Descargar el original de «informe.pdf»' }),
    ).toHaveAttribute('href', '/files/informe');
  });
});
