import { describe, expect, it } from 'vitest';
import { luminance } from '@mantine/core';
import { buildPairMatrix, heatColor } from './pair-matrix';

const orgs = [
  { id: 'b', name: 'Molino del Sur' },
  { id: 'a', name: 'Panadería La Espiga' },
  { id: 'c', name: 'Transportes Rápidos' },
];

describe('buildPairMatrix', () => {
  const matrix = buildPairMatrix(
    [
      { giverOrganizationId: 'b', receiverOrganizationId: 'a', value: '100.00' },
      { giverOrganizationId: 'c', receiverOrganizationId: 'a', value: '25.50' },
      { giverOrganizationId: 'a', receiverOrganizationId: 'c', value: '50' },
    ],
    orgs,
    'Toda la colaboración',
    'Desconocida',
  );
  const cell = (giver: string, receiver: string | null) => {
    const row = matrix.givers.findIndex((g) => g.id === giver);
    const col = matrix.receivers.findIndex((r) => r.id === receiver);
    return matrix.rows[row][col];
  };

  it('has every organization as a giver row and a receiver column, sorted by name', () => {
    expect(matrix.givers.map((g) => g.name)).toEqual([
      'Molino del Sur',
      'Panadería La Espiga',
      'Transportes Rápidos',
    ]);
    expect(matrix.receivers.map((r) => r.id)).toEqual(['b', 'a', 'c']);
    expect(matrix.rows).toHaveLength(3);
    expect(matrix.rows.every((r) => r.length === 3)).toBe(true);
  });

  it('colours each cell by its amount over the largest one', () => {
    expect(matrix.max).toBe(100);
    expect(cell('b', 'a')).toMatchObject({ value: '100.00', intensity: 1 });
    expect(cell('a', 'c')).toMatchObject({ value: '50', intensity: 0.5 });
    expect(cell('c', 'a').intensity).toBeCloseTo(0.255);
  });

  it('fills pairs that exchanged nothing with a zero cell of no intensity', () => {
    expect(cell('b', 'c')).toMatchObject({ value: '0', intensity: 0, self: false });
    expect(cell('c', 'b')).toMatchObject({ value: '0', intensity: 0 });
  });

  it('marks an organization against itself', () => {
    expect(cell('a', 'a').self).toBe(true);
    expect(cell('a', 'b').self).toBe(false);
  });

  it('adds a "whole collaboration" column only when something was given to it', () => {
    expect(matrix.receivers.some((r) => r.id === null)).toBe(false);
    const withWhole = buildPairMatrix(
      [{ giverOrganizationId: 'a', receiverOrganizationId: null, value: '8' }],
      orgs,
      'Toda la colaboración',
      'Desconocida',
    );
    expect(withWhole.receivers.at(-1)).toEqual({ id: null, name: 'Toda la colaboración' });
    expect(withWhole.rows[1].at(-1)).toMatchObject({ giverId: 'a', value: '8', intensity: 1 });
  });

  it('names an organization no longer listed, rather than dropping its amounts', () => {
    const m = buildPairMatrix(
      [{ giverOrganizationId: 'x', receiverOrganizationId: 'a', value: '5' }],
      orgs,
      'Toda',
      'Desconocida',
    );
    expect(m.givers.map((g) => g.name)).toContain('Desconocida');
  });

  it('has no intensity anywhere when nothing was exchanged', () => {
    const empty = buildPairMatrix([], orgs, 'Toda', 'Desconocida');
    expect(empty.max).toBe(0);
    expect(empty.rows.flat().every((c) => c.intensity === 0 && c.value === '0')).toBe(true);
  });
});

describe('heatColor', () => {
  it('leaves zero cells uncoloured and darkens with intensity, with readable text', () => {
    expect(heatColor(0).background).toBe('transparent');
    const light = heatColor(0.1);
    const dark = heatColor(1);
    expect(light.color).toBe('inherit');
    expect(dark.color).toBe('white');
    const alpha = (c: string) => Number(c.match(/, ([\d.]+)\)$/)?.[1]);
    expect(alpha(dark.background)).toBeGreaterThan(alpha(light.background));
  });

  it('writes every cell at 4.5:1 or more (WCAG AA), black on light cells and white on dark', () => {
    for (let intensity = 0.05; intensity <= 1; intensity += 0.05) {
      const { background, color } = heatColor(intensity);
      const [r, g, b, a] = background.match(/[\d.]+/g)!.map(Number);
      const shown = [r, g, b].map((c) => Math.round(255 - (255 - c) * a));
      const cell = luminance(`rgb(${shown.join(', ')})`);
      const text = color === 'white' ? 1 : 0;
      const ratio = (Math.max(cell, text) + 0.05) / (Math.min(cell, text) + 0.05);
      expect(ratio, `intensity ${intensity.toFixed(2)}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});
