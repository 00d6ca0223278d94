import { describe, expect, it } from 'vitest';
import { layoutTimeline } from './timeline';

describe('layoutTimeline', () => {
  it('spans whole months from the first to the last date named', () => {
    const layout = layoutTimeline(
      [
        { id: 'a', startDate: '2026-11-01', dueDate: '2026-11-30' },
        { id: 'b', startDate: null, dueDate: '2026-12-15' },
      ],
      '2026-11-16',
    );
    expect(layout.months.map((m) => m.key)).toEqual(['2026-11', '2026-12']);
    expect(layout.months[0].leftPct).toBe(0);
    const nov = layout.months[0].widthPct;
    expect(nov + layout.months[1].widthPct).toBeCloseTo(100);
    expect(layout.bars.a).toEqual({ kind: 'range', leftPct: 0, widthPct: nov });
    expect(layout.bars.b.kind).toBe('point');
    expect(layout.todayPct).toBeCloseTo((15 / 61) * 100);
  });

  it('gives undated milestones no place, and no scale when nothing is dated', () => {
    const layout = layoutTimeline([{ id: 'x', startDate: null, dueDate: null }], '2026-11-16');
    expect(layout.months).toEqual([]);
    expect(layout.bars.x).toEqual({ kind: 'none' });
    expect(layout.todayPct).toBeNull();
  });

  it('leaves today off when it falls outside the scale', () => {
    const layout = layoutTimeline(
      [{ id: 'a', startDate: '2027-03-01', dueDate: '2027-03-10' }],
      '2026-11-16',
    );
    expect(layout.todayPct).toBeNull();
  });
});
