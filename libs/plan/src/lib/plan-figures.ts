import { MilestoneStatus, ProposalStatus, TaskStatus } from '@alianza/shared';
import type { IndicatorEntity } from './entities/indicator.entity';
import type { MilestoneEntity } from './entities/milestone.entity';
import type { TaskEntity } from './entities/task.entity';

// The plan's derived figures: computed from its tasks and milestones, never stored. Pure
// functions of the rows (no Nest, no database), tested beside them in plan-figures.spec.ts.

/** What the figures read of a milestone. */
export type MilestoneFigures = Pick<
  MilestoneEntity,
  'id' | 'status' | 'proposalStatus' | 'dueDate'
>;
/** What the figures read of a task. */
export type TaskFigures = Pick<TaskEntity, 'milestoneId' | 'status' | 'proposalStatus' | 'dueDate'>;

const today = () => new Date().toISOString().slice(0, 10);

/** Percent of a milestone's accepted, not-cancelled work that is done. */
export function milestonePercentDone(milestone: MilestoneFigures, tasks: TaskFigures[]): number {
  if (milestone.status === MilestoneStatus.DONE) return 100;
  const own = tasks.filter(
    (t) => t.milestoneId === milestone.id && t.proposalStatus === ProposalStatus.ACCEPTED,
  );
  if (own.length === 0) return 0;
  return (
    Math.round((own.filter((t) => t.status === TaskStatus.DONE).length / own.length) * 1000) / 10
  );
}

/** The plan's progress: the mean of its accepted, not cancelled milestones' progress (0–100, one decimal). */
export function planPercentDone(milestones: MilestoneFigures[], tasks: TaskFigures[]): number {
  const counted = milestones.filter(
    (m) => m.proposalStatus === ProposalStatus.ACCEPTED && m.status !== MilestoneStatus.CANCELLED,
  );
  if (counted.length === 0) return 0;
  const sum = counted.reduce((total, m) => total + milestonePercentDone(m, tasks), 0);
  return Math.round((sum / counted.length) * 10) / 10;
}

export function isTaskOverdue(task: TaskFigures, on = today()): boolean {
  return (
    task.proposalStatus === ProposalStatus.ACCEPTED &&
    task.status !== TaskStatus.DONE &&
    task.dueDate !== null &&
    task.dueDate < on
  );
}

export function isMilestoneOverdue(milestone: MilestoneFigures, on = today()): boolean {
  return (
    milestone.proposalStatus === ProposalStatus.ACCEPTED &&
    milestone.status !== MilestoneStatus.DONE &&
    milestone.status !== MilestoneStatus.CANCELLED &&
    milestone.dueDate !== null &&
    milestone.dueDate < on
  );
}

/** How far an indicator has come from its baseline toward its target, in percent (0–100). */
export function indicatorProgress(
  indicator: Pick<IndicatorEntity, 'baseline' | 'target'>,
  current: number | null,
): number | null {
  if (current === null) return null;
  const share = (current - indicator.baseline) / (indicator.target - indicator.baseline);
  return Math.round(Math.min(1, Math.max(0, share)) * 1000) / 10;
}
