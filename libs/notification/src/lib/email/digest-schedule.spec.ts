import { digestCutoff, isTimeZone } from './digest-schedule';

const at = (iso: string) => new Date(iso);
const cutoff = (now: string, hour: number, zone: string) =>
  digestCutoff(at(now), hour, zone).toISOString();

describe('the daily digest cutoff', () => {
  it('is today at the hour once the hour has come, yesterday at the hour before', () => {
    expect(cutoff('2026-11-20T10:15:00Z', 7, 'UTC')).toBe('2026-11-20T07:00:00.000Z');
    expect(cutoff('2026-11-20T06:59:59Z', 7, 'UTC')).toBe('2026-11-19T07:00:00.000Z');
    expect(cutoff('2026-11-20T07:00:00Z', 7, 'UTC')).toBe('2026-11-20T07:00:00.000Z');
  });

  it('reads the hour on the clock of the configured zone', () => {
    // Madrid in winter (UTC+1): 07:30 there is 06:30 UTC.
    expect(cutoff('2026-11-20T06:30:00Z', 7, 'Europe/Madrid')).toBe('2026-11-20T06:00:00.000Z');
    // Madrid in summer (UTC+2): 06:59 there is still yesterday's digest.
    expect(cutoff('2026-07-01T04:59:00Z', 7, 'Europe/Madrid')).toBe('2026-06-30T05:00:00.000Z');
    // New York (UTC-5): 01:00 UTC is 20:00 the evening before there.
    expect(cutoff('2026-11-21T01:00:00Z', 7, 'America/New_York')).toBe('2026-11-20T12:00:00.000Z');
    expect(cutoff('2026-11-20T23:30:00Z', 0, 'Asia/Tokyo')).toBe('2026-11-20T15:00:00.000Z');
  });

  it('moves one day at a time across a change of the clocks (23 or 25 hours apart)', () => {
    // Madrid moves from UTC+1 to UTC+2 in the night of 28 to 29 March 2026.
    expect(cutoff('2026-03-28T12:00:00Z', 7, 'Europe/Madrid')).toBe('2026-03-28T06:00:00.000Z');
    expect(cutoff('2026-03-29T12:00:00Z', 7, 'Europe/Madrid')).toBe('2026-03-29T05:00:00.000Z');
    // … and back in the night of 24 to 25 October 2026.
    expect(cutoff('2026-10-25T12:00:00Z', 7, 'Europe/Madrid')).toBe('2026-10-25T06:00:00.000Z');
  });

  it('gives each instant of a day to exactly one digest', () => {
    const hour = 7;
    const zone = 'Europe/Madrid';
    const seen = new Set<string>();
    // Every 10 minutes over four days, across the October change of the clocks.
    for (
      let t = Date.parse('2026-10-23T00:00:00Z');
      t < Date.parse('2026-10-27T00:00:00Z');
      t += 600_000
    ) {
      const c = digestCutoff(new Date(t), hour, zone);
      expect(c.getTime()).toBeLessThanOrEqual(t);
      expect(t - c.getTime()).toBeLessThan(25 * 3600_000);
      seen.add(c.toISOString());
    }
    expect([...seen]).toEqual([
      '2026-10-22T05:00:00.000Z',
      '2026-10-23T05:00:00.000Z',
      '2026-10-24T05:00:00.000Z',
      '2026-10-25T06:00:00.000Z',
      '2026-10-26T06:00:00.000Z',
    ]);
  });

  it('knows a time zone from a name that is none', () => {
    expect(isTimeZone('Europe/Madrid')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });
});
