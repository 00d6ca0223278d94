/** A wall-clock reading in a time zone. */
interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function wallClock(instant: number, timeZone: string): WallClock {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  const parts = Object.fromEntries(
    format.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]),
  );
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 0,
    day: parts['day'] ?? 0,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

/** How far the zone's wall clock is ahead of UTC at `instant`, in ms. */
function offset(instant: number, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return wall - Math.floor(instant / 1000) * 1000;
}

/** The instant the zone's clock reads `hour`:00 on that date (near it, on a daylight-saving jump). */
function instantAt(year: number, month: number, day: number, hour: number, timeZone: string) {
  const wall = Date.UTC(year, month - 1, day, hour);
  const first = wall - offset(wall, timeZone);
  return wall - offset(first, timeZone);
}

/**
 * The daily digest's cutoff as of `now`: the latest instant, not after `now`, at which the clock
 * of `timeZone` read `hour`:00. A digest gathers the notifications stored before it; the next
 * cutoff comes a day later, so whenever the sweep runs (late, after a restart, several times) a
 * day's notifications fall in exactly one digest.
 */
export function digestCutoff(now: Date, hour: number, timeZone: string): Date {
  const at = now.getTime();
  const today = wallClock(at, timeZone);
  const cutoff = instantAt(today.year, today.month, today.day, hour, timeZone);
  if (cutoff <= at) return new Date(cutoff);
  const yesterday = new Date(Date.UTC(today.year, today.month - 1, today.day - 1));
  return new Date(
    instantAt(
      yesterday.getUTCFullYear(),
      yesterday.getUTCMonth() + 1,
      yesterday.getUTCDate(),
      hour,
      timeZone,
    ),
  );
}

/** Whether `timeZone` is a zone this runtime knows (an IANA name such as `Europe/Madrid`). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}
