import { MockedProvider } from '@apollo/client/testing/react';
import { renderWithProviders } from '@alianza/ui/testing';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { sharedMessages } from '../shared/messages';
import { ItemEditor } from './item-editor';
import { itemsMessages } from './messages';

const AREAS = [
  {
    id: 'a1',
    name: 'Costes',
    description: '',
    sensitivity: 'MODERATED' as const,
    position: 1,
    archivedAt: null,
  },
  {
    id: 'a2',
    name: 'Clientes',
    description: '',
    sensitivity: 'RESTRICTED' as const,
    position: 2,
    archivedAt: null,
  },
  {
    id: 'a3',
    name: 'Antigua',
    description: '',
    sensitivity: 'OPEN' as const,
    position: 3,
    archivedAt: '2026-12-01T10:00:00Z',
  },
];

describe('ItemEditor', () => {
  it('offers restricted areas disabled, and says why', async () => {
    renderWithProviders(
      <MockedProvider mocks={[]}>
        <ItemEditor participationId="p1" areas={AREAS} onClose={vi.fn()} />
      </MockedProvider>,
      { messages: { items: itemsMessages, shared: sharedMessages } },
    );
    expect(screen.getByText(/Las áreas restringidas aparecen desactivadas/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('combobox', { name: /Área/ }));
    const restricted = await screen.findByRole('option', {
      name: 'Clientes (restringida)',
      hidden: true,
    });
    expect(restricted).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('option', { name: 'Costes', hidden: true })).not.toHaveAttribute(
      'aria-disabled',
      'true',
    );
  });

  it('offers no archived area for new information', async () => {
    renderWithProviders(
      <MockedProvider mocks={[]}>
        <ItemEditor participationId="p1" areas={AREAS} onClose={vi.fn()} />
      </MockedProvider>,
      { messages: { items: itemsMessages, shared: sharedMessages } },
    );
    fireEvent.click(screen.getByRole('combobox', { name: /Área/ }));
    expect(await screen.findByRole('option', { name: 'Costes', hidden: true })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'Antigua', hidden: true })).toBeNull();
  });
});
