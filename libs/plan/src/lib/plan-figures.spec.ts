import { MilestoneStatus, ProposalStatus, TaskStatus } from '@alianza/shared';
import {
  indicatorProgress,
  isMilestoneOverdue,
  isTaskOverdue,
  MilestoneFigures,
  milestonePercentDone,
  planPercentDone,
  TaskFigures,
} from './plan-figures';

const milestone = (fields: Partial<MilestoneFigures> = {}): MilestoneFigures => ({
  id: 'm1',
  status: MilestoneStatus.IN_PROGRESS,
  proposalStatus: ProposalStatus.ACCEPTED,
  dueDate: null,
  ...fields,
});

const task = (fields: Partial<TaskFigures> = {}): TaskFigures => ({
  milestoneId: 'm1',
  status: TaskStatus.TODO,
  proposalStatus: ProposalStatus.ACCEPTED,
  dueDate: null,
  ...fields,
});

describe('milestonePercentDone', () => {
  it('counts the share of its accepted tasks that are done, to one decimal', () => {
    const tasks = [task({ status: TaskStatus.DONE }), task(), task({ status: TaskStatus.BLOCKED })];
    expect(milestonePercentDone(milestone(), tasks)).toBe(33.3);
  });

  it('leaves out proposed and declined tasks, and the tasks of other milestones', () => {
    const tasks = [
      task({ status: TaskStatus.DONE }),
      task(),
      task({ proposalStatus: ProposalStatus.PROPOSED }),
      task({ proposalStatus: ProposalStatus.DECLINED, status: TaskStatus.DONE }),
      task({ milestoneId: 'm2', status: TaskStatus.DONE }),
    ];
    expect(milestonePercentDone(milestone(), tasks)).toBe(50);
  });

  it('is 0 without accepted tasks and 100 once the milestone is done', () => {
    expect(milestonePercentDone(milestone(), [])).toBe(0);
    expect(milestonePercentDone(milestone({ status: MilestoneStatus.DONE }), [task()])).toBe(100);
  });
});

describe('planPercentDone', () => {
  it('is the mean of its accepted, not cancelled milestones', () => {
    const milestones = [
      milestone({ id: 'a' }),
      milestone({ id: 'b', status: MilestoneStatus.DONE }),
      milestone({ id: 'c', status: MilestoneStatus.CANCELLED }),
      milestone({ id: 'd', proposalStatus: ProposalStatus.PROPOSED }),
    ];
    const tasks = [task({ milestoneId: 'a', status: TaskStatus.DONE }), task({ milestoneId: 'a' })];
    expect(planPercentDone(milestones, tasks)).toBe(75);
  });

  it('is 0 for a plan without counted milestones', () => {
    expect(planPercentDone([], [])).toBe(0);
    expect(planPercentDone([milestone({ status: MilestoneStatus.CANCELLED })], [])).toBe(0);
  });
});

describe('isTaskOverdue', () => {
  const on = '2026-06-15';

  it('holds for an accepted task not done whose due date has passed', () => {
    expect(isTaskOverdue(task({ dueDate: '2026-06-14' }), on)).toBe(true);
    expect(isTaskOverdue(task({ dueDate: '2026-06-14', status: TaskStatus.BLOCKED }), on)).toBe(
      true,
    );
  });

  it('does not hold on the due date, without one, once done, or for a proposal', () => {
    expect(isTaskOverdue(task({ dueDate: on }), on)).toBe(false);
    expect(isTaskOverdue(task(), on)).toBe(false);
    expect(isTaskOverdue(task({ dueDate: '2026-06-14', status: TaskStatus.DONE }), on)).toBe(false);
    const proposed = task({ dueDate: '2026-06-14', proposalStatus: ProposalStatus.PROPOSED });
    expect(isTaskOverdue(proposed, on)).toBe(false);
  });
});

describe('isMilestoneOverdue', () => {
  const on = '2026-06-15';

  it('holds for an accepted milestone neither done nor cancelled whose due date has passed', () => {
    expect(isMilestoneOverdue(milestone({ dueDate: '2026-06-14' }), on)).toBe(true);
  });

  it('does not hold once done or cancelled, on the due date, or for a proposal', () => {
    const late = { dueDate: '2026-06-14' };
    expect(isMilestoneOverdue(milestone({ ...late, status: MilestoneStatus.DONE }), on)).toBe(
      false,
    );
    expect(isMilestoneOverdue(milestone({ ...late, status: MilestoneStatus.CANCELLED }), on)).toBe(
      false,
    );
    expect(isMilestoneOverdue(milestone({ dueDate: on }), on)).toBe(false);
    expect(
      isMilestoneOverdue(milestone({ ...late, proposalStatus: ProposalStatus.PROPOSED }), on),
    ).toBe(false);
  });
});

describe('indicatorProgress', () => {
  it('measures the way from baseline to target, whichever way the target lies', () => {
    expect(indicatorProgress({ baseline: 10, target: 20 }, 15)).toBe(50);
    expect(indicatorProgress({ baseline: 100, target: 50 }, 60)).toBe(80);
  });

  it('stays between 0 and 100', () => {
    expect(indicatorProgress({ baseline: 10, target: 20 }, 25)).toBe(100);
    expect(indicatorProgress({ baseline: 10, target: 20 }, 5)).toBe(0);
  });

  it('is null until a value is reported', () => {
    expect(indicatorProgress({ baseline: 10, target: 20 }, null)).toBeNull();
  });
});
