/** Where each milestone sits on a month scale, in percent of the scale's width. */

export interface TimelineMilestoneLike {
  readonly id: string;
  readonly startDate: string | null;
  readonly dueDate: string | null;
}

export interface TimelineMonth {
  /** YYYY-MM */
  readonly key: string;
  readonly leftPct: number;
  readonly widthPct: number;
}

export type TimelineBar =
  | { readonly kind: 'range'; readonly leftPct: number; readonly widthPct: number }
  | { readonly kind: 'point'; readonly leftPct: number }
  | { readonly kind: 'none' };

export interface TimelineLayout {
  readonly months: TimelineMonth[];
  readonly bars: Record<string, TimelineBar>;
  /** Null when today is outside the scale. */
  readonly todayPct: number | null;
}

const DAY = 86_400_000;

function toUtc(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d);
}

function monthStart(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
}

function nextMonth(time: number): number {
  const d = new Date(time);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
}

function monthKey(time: number): string {
  const d = new Date(time);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/**
 * Lays milestones out on whole months covering every date they name. A milestone with both
 * dates is a bar (its due day included), with one date a point, with none it has no place.
 */
export function layoutTimeline(
  milestones: readonly TimelineMilestoneLike[],
  today: string,
): TimelineLayout {
  const dates = milestones
    .flatMap((m) => [m.startDate, m.dueDate])
    .filter((d): d is string => !!d)
    .map(toUtc);
  const bars: Record<string, TimelineBar> = {};
  if (dates.length === 0) {
    for (const m of milestones) bars[m.id] = { kind: 'none' };
    return { months: [], bars, todayPct: null };
  }
  const start = monthStart(Math.min(...dates));
  const end = nextMonth(Math.max(...dates));
  const span = end - start;
  const pct = (time: number) => ((time - start) / span) * 100;
  const months: TimelineMonth[] = [];
  for (let m = start; m < end; m = nextMonth(m)) {
    months.push({ key: monthKey(m), leftPct: pct(m), widthPct: pct(nextMonth(m)) - pct(m) });
  }
  for (const m of milestones) {
    if (m.startDate && m.dueDate) {
      const from = toUtc(m.startDate);
      const to = toUtc(m.dueDate) + DAY;
      bars[m.id] = { kind: 'range', leftPct: pct(from), widthPct: pct(to) - pct(from) };
    } else if (m.startDate || m.dueDate) {
      bars[m.id] = { kind: 'point', leftPct: pct(toUtc((m.dueDate ?? m.startDate) as string)) };
    } else {
      bars[m.id] = { kind: 'none' };
    }
  }
  const now = toUtc(today);
  return { months, bars, todayPct: now >= start && now < end ? pct(now) : null };
}

/** Today as YYYY-MM-DD in the user's time zone. */
export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
