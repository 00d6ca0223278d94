/** Year, month, day, hour and minute of an instant on the clocks of `timeZone`. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function wallClock(instant: Date, timeZone: string): WallClock {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((p) => p.type === type)?.value ?? 0);
  return {
    year: part('year'),
    month: part('month'),
    day: part('day'),
    hour: part('hour'),
    minute: part('minute'),
  };
}

/**
 * A date cell's wall clock: a calendar date (`YYYY-MM-DD`) stays the day it names, in any time
 * zone; an instant (Date or ISO string) is read on the clocks of `timeZone`. Null when unreadable.
 */
export function wallClockOf(value: unknown, timeZone: string): WallClock | null {
  if (typeof value !== 'string' && !(value instanceof Date)) return null;
  if (typeof value === 'string') {
    const date = CALENDAR_DATE.exec(value);
    if (date) return { year: +date[1], month: +date[2], day: +date[3], hour: 0, minute: 0 };
  }
  const instant = value instanceof Date ? value : new Date(value);
  return Number.isNaN(instant.getTime()) ? null : wallClock(instant, timeZone);
}

const pad = (n: number) => String(n).padStart(2, '0');

/** 06/12/2026 (day first, as in Spain and the United Kingdom). */
export const formatWallDate = (c: WallClock): string => `${pad(c.day)}/${pad(c.month)}/${c.year}`;

/** 06/12/2026 09:37 */
export const formatWallDateTime = (c: WallClock): string =>
  `${formatWallDate(c)} ${pad(c.hour)}:${pad(c.minute)}`;

/** 2026-12-06: the day of an instant in `timeZone`, as file names carry it (sorts by date). */
export function isoDay(instant: Date, timeZone: string): string {
  const c = wallClock(instant, timeZone);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}
