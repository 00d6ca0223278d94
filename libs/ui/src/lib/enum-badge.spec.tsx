import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { EnumBadge } from './enum-badge';
import { LoadMore } from './load-more';

describe('EnumBadge', () => {
  it('shows the translated name of an API enum value', () => {
    renderWithProviders(<EnumBadge enum="DisclosureStatus" value="CHANGES_REQUESTED" />);
    expect(screen.getByText('Cambios pedidos')).toBeInTheDocument();
  });

  it('speaks English when English is chosen', () => {
    renderWithProviders(<EnumBadge enum="GrantState" value="REVOKED" />, { language: 'en' });
    expect(screen.getByText('Revoked')).toBeInTheDocument();
  });
});

describe('LoadMore', () => {
  it('tells how many are shown and offers more only when there are more', () => {
    const { rerender } = renderWithProviders(
      <LoadMore shown={20} total={57} hasNextPage onLoadMore={() => undefined} />,
    );
    expect(screen.getByText('Mostrando 20 de 57')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cargar más' })).toBeInTheDocument();
    rerender(<LoadMore shown={57} total={57} hasNextPage={false} onLoadMore={() => undefined} />);
    expect(screen.queryByRole('button', { name: 'Cargar más' })).not.toBeInTheDocument();
  });
});
