import { DEFAULT_THEME, isLightColor, mergeMantineTheme, Select } from '@mantine/core';
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '../testing/render';
import { contrastRatio, cssVariablesResolver, readableOn, theme } from './providers';

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

describe('the apps’ colours', () => {
  const light = cssVariablesResolver(mergeMantineTheme(DEFAULT_THEME, theme)).light;
  const colors = Object.entries(DEFAULT_THEME.colors);

  it('give every colour’s text and outline 4.5:1 on white (WCAG AA)', () => {
    for (const [name] of colors) {
      expect(
        contrastRatio(light[`--mantine-color-${name}-text`], '#fff'),
        name,
      ).toBeGreaterThanOrEqual(4.5);
      expect(
        contrastRatio(light[`--mantine-color-${name}-outline`], '#fff'),
        name,
      ).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('give the light variant’s text 4.5:1 on its tinted background (badges, alerts)', () => {
    for (const [name, shades] of colors)
      expect(
        contrastRatio(light[`--mantine-color-${name}-light-color`], shades[1]),
        name,
      ).toBeGreaterThanOrEqual(4.5);
  });

  it('keep a colour that already reads as it is', () => {
    expect(readableOn('#087f5b', '#ffffff')).toBe('#087f5b');
    expect(contrastRatio(readableOn('#e67700', '#ffffff'), '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('write on a filled colour in black or white, whichever contrasts more', () => {
    const resolved = mergeMantineTheme(DEFAULT_THEME, theme);
    for (const [name, shades] of colors) {
      const filled = shades[9];
      const text = isLightColor(filled, resolved.luminanceThreshold) ? '#000' : '#fff';
      expect(contrastRatio(filled, text), name).toBeGreaterThanOrEqual(4.5);
    }
  });
});
