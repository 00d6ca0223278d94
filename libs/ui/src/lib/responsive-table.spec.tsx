import { Button, VisuallyHidden } from '@mantine/core';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { ResponsiveTable, type ResponsiveColumn } from './responsive-table';

interface Request {
  id: string;
  title: string;
  audience: string;
}

const ROWS: Request[] = [
  { id: '1', title: 'Precio de la harina', audience: 'Molino del Sur' },
  { id: '2', title: 'Rutas de reparto', audience: 'Todas las organizaciones' },
];

const COLUMNS: (ResponsiveColumn<Request> | false)[] = [
  { key: 'title', header: 'Información', primary: true, cell: (r) => <strong>{r.title}</strong> },
  { key: 'audience', header: 'Para quién', cell: (r) => r.audience },
  false,
  {
    key: 'actions',
    header: <VisuallyHidden>Acciones</VisuallyHidden>,
    actions: true,
    cell: (r) => <Button aria-label={`Revisar «${r.title}»`}>Revisar</Button>,
  },
];

/** The width the media queries answer for: a phone below the `sm` breakpoint, or a desktop. */
function screenWidth(kind: 'phone' | 'desktop') {
  const desktop = window.matchMedia.bind(window);
  vi.spyOn(window, 'matchMedia').mockImplementation((query: string) => ({
    ...desktop(query),
    matches: kind === 'phone' && query.includes('max-width'),
  }));
}

describe('ResponsiveTable', () => {
  it('is a table with a header per column at desktop width', () => {
    screenWidth('desktop');
    renderWithProviders(
      <ResponsiveTable label="Solicitudes" rows={ROWS} rowKey={(r) => r.id} columns={COLUMNS} />,
    );
    const table = screen.getByRole('table', { name: 'Solicitudes' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Información', 'Para quién', 'Acciones']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('is a list of cards on a phone: the title first, each value under its label, the actions last', () => {
    screenWidth('phone');
    renderWithProviders(
      <ResponsiveTable label="Solicitudes" rows={ROWS} rowKey={(r) => r.id} columns={COLUMNS} />,
    );
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const items = within(screen.getByRole('list', { name: 'Solicitudes' })).getAllByRole(
      'listitem',
    );
    expect(items).toHaveLength(2);
    const first = items[0]!;
    expect(first.firstElementChild?.textContent).toMatch(/^Precio de la harina/);
    const term = within(first).getByRole('term');
    expect(term).toHaveTextContent('Para quién');
    expect(term.nextElementSibling).toHaveTextContent('Molino del Sur');
    expect(within(first).queryByText('Acciones')).not.toBeInTheDocument();
    expect(
      within(first).getByRole('button', { name: 'Revisar «Precio de la harina»' }),
    ).toBeInTheDocument();
  });
});
