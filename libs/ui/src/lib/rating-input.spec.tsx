import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { RatingInput } from './rating-input';

function Rated(props: { optional?: boolean; hideLabel?: boolean; start?: number | null }) {
  const [value, setValue] = useState<number | null>(props.start ?? null);
  return (
    <>
      <RatingInput
        label="Puntuación de Panadería Sol"
        optional={props.optional}
        hideLabel={props.hideLabel}
        value={value}
        onChange={setValue}
      />
      <output>{value === null ? 'ninguna' : value}</output>
    </>
  );
}

describe('RatingInput', () => {
  it('offers 1 to 5, lowest first, each with its word, in a group named by its label', () => {
    renderWithProviders(<Rated />);
    const group = screen.getByRole('radiogroup', { name: 'Puntuación de Panadería Sol' });
    expect(
      within(group)
        .getAllByRole('radio')
        .map((r) => r.getAttribute('value')),
    ).toEqual(['1', '2', '3', '4', '5']);
    expect(within(group).getByRole('radio', { name: '1 · Muy poco' })).toBeInTheDocument();
    expect(within(group).getByRole('radio', { name: '5 · Mucho' })).toBeInTheDocument();
  });

  it('speaks English', () => {
    renderWithProviders(<Rated />, { language: 'en' });
    expect(screen.getByRole('radio', { name: '4 · Quite a lot' })).toBeInTheDocument();
  });

  it('is chosen with the mouse or moved with the arrow keys', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Rated />);
    await user.click(screen.getByRole('radio', { name: '3 · Suficiente' }));
    expect(screen.getByRole('status')).toHaveTextContent('3');
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: '4 · Bastante' })).toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent('4');
  });

  it('can be left unrated when optional, and keeps its name when the label is hidden', async () => {
    const user = userEvent.setup({ delay: null });
    renderWithProviders(<Rated optional hideLabel start={2} />);
    const group = screen.getByRole('radiogroup', { name: 'Puntuación de Panadería Sol' });
    expect(within(group).getAllByRole('radio')).toHaveLength(6);
    expect(within(group).getByRole('radio', { name: '2 · Poco' })).toBeChecked();
    await user.click(within(group).getByRole('radio', { name: 'Sin puntuar' }));
    expect(screen.getByRole('status')).toHaveTextContent('ninguna');
  });
});
