import type {
  PortalPlanMilestoneFragment,
  PortalPlanProgressFragment,
  PortalPlanQuery,
  PortalPlanTaskFragment,
} from './plan.generated';

export type PlanData = PortalPlanQuery['plan'];
export type PlanCollaboration = PortalPlanQuery['collaboration'];
export type PlanMilestone = PortalPlanMilestoneFragment;
export type PlanTask = PortalPlanTaskFragment;

/** A task with the title of its milestone, for lists that mix milestones. */
export interface TaskRow extends PlanTask {
  readonly milestoneTitle: string;
}

export interface FeedItem extends PortalPlanProgressFragment {
  readonly milestoneTitle: string;
  readonly taskTitle: string | null;
}

export interface Proposal {
  readonly kind: 'milestone' | 'task';
  readonly id: string;
  readonly title: string;
  readonly status: PlanTask['proposalStatus'];
  /** For a task: the milestone it belongs to. */
  readonly milestoneTitle: string | null;
  readonly byUs: boolean;
}

/** The organization the viewer acts for in this collaboration (its active participation). */
export { ourOrganizationId } from '../ledger/ledger-helpers';

export function organizationNames(collaboration: PlanCollaboration): Map<string, string> {
  return new Map(collaboration.participations.map((p) => [p.organizationId, p.organization.name]));
}

const byDue = (a: { dueDate: string | null }, b: { dueDate: string | null }) =>
  (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31');

function sortedMilestones(milestones: readonly PlanMilestone[]): PlanMilestone[] {
  return [...milestones].sort((a, b) => a.position - b.position || byDue(a, b));
}

/** Every task of the plan with its milestone, milestones in plan order. */
export function allTasks(milestones: readonly PlanMilestone[]): TaskRow[] {
  return sortedMilestones(milestones).flatMap((m) =>
    [...m.tasks].sort(byDue).map((t) => ({ ...t, milestoneTitle: m.title })),
  );
}

/** The tasks our organization is responsible for: open and overdue first, then by due date. */
export function ourTasks(milestones: readonly PlanMilestone[], organizationId: string | null) {
  if (!organizationId) return [];
  const rank = (t: PlanTask) => (t.status === 'DONE' ? 2 : t.overdue ? 0 : 1);
  return allTasks(milestones)
    .filter((t) => t.responsibleOrganizationId === organizationId)
    .sort((a, b) => rank(a) - rank(b) || byDue(a, b));
}

/** Whether our organization may move this task along (accepted, ours, collaboration open). */
export function canWorkOn(
  task: PlanTask,
  organizationId: string | null,
  status: PlanCollaboration['status'],
): boolean {
  return (
    status !== 'CLOSED' &&
    task.proposalStatus === 'ACCEPTED' &&
    task.responsibleOrganizationId === organizationId
  );
}

/** Milestones on which we may report progress: those holding an accepted task of ours. */
export function reportableMilestones(
  milestones: readonly PlanMilestone[],
  organizationId: string | null,
): PlanMilestone[] {
  return sortedMilestones(milestones).filter((m) =>
    m.tasks.some(
      (t) => t.proposalStatus === 'ACCEPTED' && t.responsibleOrganizationId === organizationId,
    ),
  );
}

/** Accepted milestones, where new tasks may be proposed. */
export function acceptedMilestones(milestones: readonly PlanMilestone[]): PlanMilestone[] {
  return sortedMilestones(milestones).filter(
    (m) => m.proposalStatus === 'ACCEPTED' && m.status !== 'CANCELLED',
  );
}

/** Every progress update of the plan, newest first, with what it is about. */
export function progressFeed(milestones: readonly PlanMilestone[]): FeedItem[] {
  return milestones
    .flatMap((m) =>
      m.progress.map((p) => ({
        ...p,
        milestoneTitle: m.title,
        taskTitle: p.taskId ? (m.tasks.find((t) => t.id === p.taskId)?.title ?? null) : null,
      })),
    )
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Milestones and tasks proposed by participants (pending or decided), pending first. */
export function proposals(
  milestones: readonly PlanMilestone[],
  organizationId: string | null,
): Proposal[] {
  const rows: Proposal[] = [];
  for (const m of sortedMilestones(milestones)) {
    if (m.proposalStatus !== 'ACCEPTED' || m.proposedByOrganizationId) {
      rows.push({
        kind: 'milestone',
        id: m.id,
        title: m.title,
        status: m.proposalStatus,
        milestoneTitle: null,
        byUs: !!organizationId && m.proposedByOrganizationId === organizationId,
      });
    }
    for (const t of m.tasks) {
      if (t.proposalStatus === 'ACCEPTED') continue;
      rows.push({
        kind: 'task',
        id: t.id,
        title: t.title,
        status: t.proposalStatus,
        milestoneTitle: m.title,
        byUs: false,
      });
    }
  }
  const rank = { PROPOSED: 0, DECLINED: 1, ACCEPTED: 2 } as const;
  return rows.sort((a, b) => rank[a.status] - rank[b.status]);
}
