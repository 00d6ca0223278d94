import { renderWithProviders } from '@alianza/ui/testing';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { acceptanceMatrix } from './acceptance-matrix';
import { AcceptanceTable } from './acceptance-table';
import { rulesMessages } from './messages';

const acceptance = (
  organizationId: string,
  organizationName: string,
  version: number,
  acceptedAt: string,
) => ({
  organizationId,
  organizationName,
  version,
  acceptedAt,
  acceptedByName: `Owner of ${organizationName}`,
});

const versions = [
  { version: 2, acceptances: [acceptance('molino', 'Molino del Sur', 2, '2026-11-20T10:00:00Z')] },
  {
    version: 1,
    acceptances: [
      acceptance('molino', 'Molino del Sur', 1, '2026-11-01T10:00:00Z'),
      acceptance('espiga', 'Panadería La Espiga', 1, '2026-11-02T10:00:00Z'),
      acceptance('former', 'Antigua Cooperativa', 1, '2026-11-03T10:00:00Z'),
    ],
  },
];
const participations = [
  {
    organizationId: 'espiga',
    status: 'ACCEPTED' as const,
    organization: { name: 'Panadería La Espiga' },
  },
  {
    organizationId: 'molino',
    status: 'ACCEPTED' as const,
    organization: { name: 'Molino del Sur' },
  },
  {
    organizationId: 'nuevo',
    status: 'INVITED' as const,
    organization: { name: 'Transportes Rápidos' },
  },
];

describe('acceptanceMatrix', () => {
  it('has a row per participation, then organizations seen only in acceptances', () => {
    const rows = acceptanceMatrix(versions, participations);
    expect(rows.map((row) => [row.name, row.status])).toEqual([
      ['Panadería La Espiga', 'ACCEPTED'],
      ['Molino del Sur', 'ACCEPTED'],
      ['Transportes Rápidos', 'INVITED'],
      ['Antigua Cooperativa', null],
    ]);
  });

  it('records which versions each organization accepted', () => {
    const [espiga, molino, nuevo] = acceptanceMatrix(versions, participations);
    expect([...(espiga?.cells.keys() ?? [])]).toEqual([1]);
    expect([...(molino?.cells.keys() ?? [])].sort()).toEqual([1, 2]);
    expect(nuevo?.cells.size).toBe(0);
  });
});

describe('AcceptanceTable', () => {
  it('shows who accepted each version and who did not', () => {
    renderWithProviders(
      <AcceptanceTable
        rows={acceptanceMatrix(versions, participations)}
        versions={[2, 1]}
        currentVersion={2}
      />,
      { messages: { rules: rulesMessages } },
    );
    const table = screen.getByRole('table', { name: 'Aceptaciones por participante y versión' });
    const espiga = within(table).getByRole('row', { name: /Panadería La Espiga/ });
    expect(within(espiga).getByText('No aceptada')).toBeInTheDocument();
    expect(
      within(espiga).getByText(/Aceptada el .* por Owner of Panadería La Espiga/),
    ).toBeInTheDocument();
    const molino = within(table).getByRole('row', { name: /Molino del Sur/ });
    expect(within(molino).getAllByText(/Aceptada el/)).toHaveLength(2);
    expect(within(table).getByRole('columnheader', { name: 'v2' })).toBeInTheDocument();
  });

  it('speaks English', () => {
    renderWithProviders(
      <AcceptanceTable
        rows={acceptanceMatrix(versions, participations)}
        versions={[2, 1]}
        currentVersion={2}
      />,
      { messages: { rules: rulesMessages }, language: 'en' },
    );
    expect(
      screen.getByRole('table', { name: 'Acceptances per participant and version' }),
    ).toBeInTheDocument();
    expect(screen.getAllByText('Not accepted').length).toBeGreaterThan(0);
  });
});
