import { Select } from '@mantine/core';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';

describe('the apps’ theme', () => {
  it('keeps a choice when its option is picked again (instead of clearing it)', async () => {
    renderWithProviders(
      <Select label="Valoración" data={['1', '2', '3']} comboboxProps={{ withinPortal: false }} />,
    );
    const field = screen.getByRole('combobox', { name: 'Valoración' });
    const pick = async () => {
      fireEvent.click(field);
      fireEvent.click(await screen.findByRole('option', { name: '2', hidden: true }));
    };
    await pick();
    expect(field).toHaveValue('2');
    await pick();
    expect(field).toHaveValue('2');
  });
});
