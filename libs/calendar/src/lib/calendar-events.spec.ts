import { MilestoneStatus, TaskStatus } from '@alianza/shared';
import {
  calendarDocument,
  milestoneEvent,
  MilestoneForCalendar,
  taskEvent,
  TaskForCalendar,
} from './calendar-events';

const milestone = (over: Partial<MilestoneForCalendar> = {}): MilestoneForCalendar => ({
  id: 'm1',
  title: 'Compra conjunta',
  description: 'Pedir harina, juntos',
  startDate: '2027-03-01',
  dueDate: '2027-03-05',
  status: MilestoneStatus.PLANNED,
  updatedAt: new Date('2027-01-01T10:00:00Z'),
  collaborationTitle: 'Pan de barrio',
  link: 'https://alianza.example/portal/c/c1/plan',
  ...over,
});

const task = (over: Partial<TaskForCalendar> = {}): TaskForCalendar => ({
  id: 't1',
  title: 'Llamar al molino',
  description: '',
  dueDate: '2027-02-28',
  status: TaskStatus.TODO,
  updatedAt: new Date('2027-01-02T10:00:00Z'),
  milestoneTitle: 'Compra conjunta',
  collaborationTitle: 'Pan de barrio',
  link: 'https://alianza.example/portal/c/c1/plan',
  ...over,
});

describe('calendar events', () => {
  it('spans a milestone from its start to the day after its due date, all day', () => {
    const e = milestoneEvent(milestone(), 'es');
    expect(e).toMatchObject({
      uid: 'milestone-m1@alianza',
      start: '2027-03-01',
      end: '2027-03-06',
    });
    expect(e?.summary).toBe('Hito: Compra conjunta');
    expect(e?.description).toContain('Colaboración: Pan de barrio');
    expect(e?.description).toContain('Abrir en Alianza: https://alianza.example/portal/c/c1/plan');
  });

  it('puts a milestone with one date on that day, and none without dates', () => {
    expect(milestoneEvent(milestone({ startDate: null }), 'en')).toMatchObject({
      start: '2027-03-05',
      end: '2027-03-06',
      summary: 'Milestone: Compra conjunta',
    });
    expect(milestoneEvent(milestone({ dueDate: null }), 'en')).toMatchObject({
      start: '2027-03-01',
      end: '2027-03-02',
    });
    expect(milestoneEvent(milestone({ startDate: null, dueDate: null }), 'es')).toBeNull();
  });

  it('keeps the UID and raises the sequence when a task changes', () => {
    const before = taskEvent(task(), 'en');
    const after = taskEvent(
      task({ dueDate: '2027-03-10', updatedAt: new Date('2027-01-03T10:00:00Z') }),
      'en',
    );
    expect(after.uid).toBe(before.uid);
    expect(after.sequence).toBeGreaterThan(before.sequence);
    expect(after).toMatchObject({ start: '2027-03-10', end: '2027-03-11' });
    expect(taskEvent(task({ status: TaskStatus.DONE }), 'es').summary).toBe(
      'Tarea: Llamar al molino (hecha)',
    );
  });

  it('writes all-day VEVENTs, the same bytes for the same events', () => {
    const events = [taskEvent(task(), 'es')];
    const ics = calendarDocument(events, 'es', { feed: true });
    expect(ics).toContain('DTSTART;VALUE=DATE:20270228');
    expect(ics).toContain('DTEND;VALUE=DATE:20270301');
    expect(ics).toContain('UID:task-t1@alianza');
    expect(ics).toContain('REFRESH-INTERVAL;VALUE=DURATION:PT1H');
    expect(calendarDocument(events, 'es', { feed: true })).toBe(ics);
  });
});
