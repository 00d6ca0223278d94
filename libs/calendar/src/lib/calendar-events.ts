import { Locale } from '@alianza/mail';
import { MilestoneStatus, TaskStatus } from '@alianza/shared';
import ical from 'ical-generator';

// The plan's milestones and tasks as iCalendar events (RFC 5545): pure functions of rows already
// read as the user may, in the user's language. The feed and the single-event downloads both
// come through here, so an event has the same UID and content wherever it is taken from.

/** A dated milestone with what its event shows. */
export interface MilestoneForCalendar {
  id: string;
  title: string;
  description: string;
  startDate: string | null;
  dueDate: string | null;
  status: MilestoneStatus;
  updatedAt: Date;
  collaborationTitle: string;
  /** The plan screen where it is taken up. */
  link: string;
}

/** A dated task with what its event shows. */
export interface TaskForCalendar {
  id: string;
  title: string;
  description: string;
  dueDate: string;
  status: TaskStatus;
  updatedAt: Date;
  milestoneTitle: string;
  collaborationTitle: string;
  link: string;
}

/** One all-day event: `start` to `end` (exclusive), dates as `YYYY-MM-DD`. */
export interface CalendarEvent {
  uid: string;
  summary: string;
  description: string;
  start: string;
  end: string;
  url: string;
  /** Grows with each change, so calendar apps replace the event they hold. */
  sequence: number;
  lastModified: Date;
}

const TEXTS = {
  es: {
    calendarName: 'Alianza: mi plan',
    calendarDescription: 'Hitos y tareas de los planes de acción en los que participo',
    milestone: 'Hito',
    task: 'Tarea',
    collaboration: 'Colaboración',
    status: 'Estado',
    open: 'Abrir en Alianza',
    milestoneDone: 'hecho',
    taskDone: 'hecha',
    milestoneStatus: {
      [MilestoneStatus.PLANNED]: 'Previsto',
      [MilestoneStatus.IN_PROGRESS]: 'En curso',
      [MilestoneStatus.DONE]: 'Hecho',
      [MilestoneStatus.CANCELLED]: 'Cancelado',
    },
    taskStatus: {
      [TaskStatus.TODO]: 'Por hacer',
      [TaskStatus.DOING]: 'En curso',
      [TaskStatus.DONE]: 'Hecha',
      [TaskStatus.BLOCKED]: 'Bloqueada',
    },
  },
  en: {
    calendarName: 'Alianza: my plan',
    calendarDescription: 'Milestones and tasks of the action plans I take part in',
    milestone: 'Milestone',
    task: 'Task',
    collaboration: 'Collaboration',
    status: 'Status',
    open: 'Open in Alianza',
    milestoneDone: 'done',
    taskDone: 'done',
    milestoneStatus: {
      [MilestoneStatus.PLANNED]: 'Planned',
      [MilestoneStatus.IN_PROGRESS]: 'In progress',
      [MilestoneStatus.DONE]: 'Done',
      [MilestoneStatus.CANCELLED]: 'Cancelled',
    },
    taskStatus: {
      [TaskStatus.TODO]: 'To do',
      [TaskStatus.DOING]: 'In progress',
      [TaskStatus.DONE]: 'Done',
      [TaskStatus.BLOCKED]: 'Blocked',
    },
  },
} satisfies Record<Locale, unknown>;

/** Sequence numbers count seconds from here (small enough for clients that keep 32 bits). */
const SEQUENCE_EPOCH = Date.UTC(2026, 0, 1);
const sequenceOf = (updatedAt: Date): number =>
  Math.max(0, Math.floor((updatedAt.getTime() - SEQUENCE_EPOCH) / 1000));

const DAY = 24 * 3600 * 1000;
const utcDate = (date: string): Date => new Date(`${date}T00:00:00Z`);
const nextDay = (date: string): string =>
  new Date(utcDate(date).getTime() + DAY).toISOString().slice(0, 10);

/** The stable identifiers of a milestone's and a task's events. */
export const milestoneUid = (id: string): string => `milestone-${id}@alianza`;
export const taskUid = (id: string): string => `task-${id}@alianza`;

const describe = (lines: (string | false)[]): string =>
  lines.filter((line): line is string => line !== false && line !== '').join('\n');

/**
 * A milestone's event: from its start to its due date (either alone: that day), all day. Null
 * when it has neither date (nothing to put in a calendar).
 */
export function milestoneEvent(m: MilestoneForCalendar, locale: Locale): CalendarEvent | null {
  const first = m.startDate ?? m.dueDate;
  const last = m.dueDate ?? m.startDate;
  if (!first || !last) return null;
  const t = TEXTS[locale];
  const done = m.status === MilestoneStatus.DONE ? ` (${t.milestoneDone})` : '';
  return {
    uid: milestoneUid(m.id),
    summary: `${t.milestone}: ${m.title}${done}`,
    description: describe([
      `${t.collaboration}: ${m.collaborationTitle}`,
      `${t.status}: ${t.milestoneStatus[m.status]}`,
      m.description.trim() && `\n${m.description.trim()}`,
      `\n${t.open}: ${m.link}`,
    ]),
    start: first,
    end: nextDay(last < first ? first : last),
    url: m.link,
    sequence: sequenceOf(m.updatedAt),
    lastModified: m.updatedAt,
  };
}

/** A task's event: its due date, all day. */
export function taskEvent(task: TaskForCalendar, locale: Locale): CalendarEvent {
  const t = TEXTS[locale];
  const done = task.status === TaskStatus.DONE ? ` (${t.taskDone})` : '';
  return {
    uid: taskUid(task.id),
    summary: `${t.task}: ${task.title}${done}`,
    description: describe([
      `${t.collaboration}: ${task.collaborationTitle}`,
      `${t.milestone}: ${task.milestoneTitle}`,
      `${t.status}: ${t.taskStatus[task.status]}`,
      task.description.trim() && `\n${task.description.trim()}`,
      `\n${t.open}: ${task.link}`,
    ]),
    start: task.dueDate,
    end: nextDay(task.dueDate),
    url: task.link,
    sequence: sequenceOf(task.updatedAt),
    lastModified: task.updatedAt,
  };
}

/** How often a calendar app should read a feed again. */
export const FEED_REFRESH_SECONDS = 3600;

/**
 * An iCalendar document of `events`: the personal feed (`feed: true`: named, with a refresh
 * interval) or a single event's download. Each event's DTSTAMP is its last change, so the
 * document of unchanged events is the same byte for byte (its ETag too).
 */
export function calendarDocument(
  events: CalendarEvent[],
  locale: Locale,
  { feed }: { feed: boolean },
): string {
  const t = TEXTS[locale];
  const calendar = ical({
    prodId: { company: 'Alianza', product: 'Plan', language: locale.toUpperCase() },
    ...(feed
      ? { name: t.calendarName, description: t.calendarDescription, ttl: FEED_REFRESH_SECONDS }
      : {}),
  });
  for (const e of events) {
    calendar.createEvent({
      id: e.uid,
      allDay: true,
      start: utcDate(e.start),
      end: utcDate(e.end),
      summary: e.summary,
      description: e.description,
      url: e.url,
      sequence: e.sequence,
      stamp: e.lastModified,
      lastModified: e.lastModified,
    });
  }
  return calendar.toString();
}
