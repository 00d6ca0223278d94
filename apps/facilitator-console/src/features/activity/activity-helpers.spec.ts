import { describe, expect, it } from 'vitest';
import {
  defaultNote,
  overlapsOfArea,
  parseLabels,
  removedLabels,
  type DetectedOverlap,
} from './activity-helpers';

const overlap = (over: Partial<DetectedOverlap> = {}): DetectedOverlap => ({
  id: 'area-1:a+b',
  kind: 'PAIR',
  areaId: 'area-1',
  organizationIds: ['a', 'b'],
  markets: [],
  segments: [],
  products: [],
  sharedCustomers: 0,
  status: 'NEW',
  changedSinceReview: false,
  overlapId: null,
  review: null,
  ...over,
});

describe('parseLabels', () => {
  it('takes one option per line, trimmed, blanks dropped and inner spaces collapsed', () => {
    expect(parseLabels('  Andalucía \n\n Castilla   y León\r\nMadrid\n')).toEqual({
      labels: ['Andalucía', 'Castilla y León', 'Madrid'],
      repeated: [],
      tooLong: false,
      tooMany: false,
    });
  });

  it('reports options repeated regardless of case, once each', () => {
    expect(parseLabels('Madrid\nmadrid\nMADRID\nSevilla').repeated).toEqual(['madrid']);
  });

  it('flags lists the API would refuse', () => {
    expect(parseLabels('x'.repeat(201)).tooLong).toBe(true);
    const many = Array.from({ length: 101 }, (_, i) => `Opción ${i}`).join('\n');
    expect(parseLabels(many).tooMany).toBe(true);
  });
});

describe('removedLabels', () => {
  it('lists the current options the new list leaves out, ignoring case', () => {
    expect(removedLabels(['Madrid', 'Sevilla', 'Cádiz'], ['madrid', 'Huelva'])).toEqual([
      'Sevilla',
      'Cádiz',
    ]);
  });
});

describe('overlapsOfArea', () => {
  it('keeps one area and separates pairs from groups', () => {
    const all = [
      overlap(),
      overlap({ id: 'g', kind: 'GROUP', organizationIds: ['a', 'b', 'c'] }),
      overlap({ id: 'other', areaId: 'area-2' }),
    ];
    const { pairs, groups } = overlapsOfArea(all, 'area-1');
    expect(pairs.map((o) => o.id)).toEqual(['area-1:a+b']);
    expect(groups.map((o) => o.id)).toEqual(['g']);
  });
});

describe('defaultNote', () => {
  it('names none of the detected facts, which the parties declared privately', () => {
    expect(defaultNote('Detectado en la actividad declarada')).toBe(
      'Detectado en la actividad declarada.',
    );
  });
});
