import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { searchMessages } from './messages';
import { SearchBox } from './search-box';

function Where() {
  const location = useLocation();
  return <output>{`${location.pathname}${location.search}`}</output>;
}

function render(language: 'es' | 'en' = 'es') {
  renderWithProviders(
    <MemoryRouter initialEntries={['/c/c1/plan']}>
      <SearchBox />
      <Routes>
        <Route path="*" element={<Where />} />
      </Routes>
    </MemoryRouter>,
    { messages: { search: searchMessages }, language },
  );
  return userEvent.setup({ delay: null });
}

describe('SearchBox', () => {
  it('opens the results page for the words typed', async () => {
    const user = render();
    await user.type(
      screen.getByRole('searchbox', { name: 'Buscar en Alianza' }),
      '  harina ecológica {Enter}',
    );
    expect(screen.getByRole('status')).toHaveTextContent('/search?q=harina%20ecol%C3%B3gica');
  });

  it('stays put on empty words', async () => {
    const user = render('en');
    await user.type(screen.getByRole('searchbox', { name: 'Search Alianza' }), '   {Enter}');
    expect(screen.getByRole('status')).toHaveTextContent('/c/c1/plan');
  });
});
