import { useLivePlan } from '@alianza/ui';
import { useMemo } from 'react';
import { useT } from '../../i18n';
import {
  useConsolePlanQuery,
  type ConsolePlanMilestoneFragment,
  type ConsolePlanObjectiveFragment,
  type ConsolePlanProgressFragment,
  type ConsolePlanTaskFragment,
} from './plan.generated';

export type PlanMilestone = ConsolePlanMilestoneFragment;
export type PlanObjective = ConsolePlanObjectiveFragment;
export type PlanIndicator = PlanObjective['indicators'][number];
export type PlanTask = ConsolePlanTaskFragment & { readonly milestoneTitle: string };
export type PlanProgress = ConsolePlanProgressFragment;

export interface NamedOrganization {
  readonly id: string;
  readonly name: string;
}

/** The plan as the screens use it: accepted work, proposals, names instead of ids. */
export interface PlanModel {
  readonly collaborationId: string;
  /** A closed collaboration can no longer change. */
  readonly readOnly: boolean;
  readonly percentDone: number;
  readonly overdueMilestoneCount: number;
  readonly overdueTaskCount: number;
  readonly objectives: PlanObjective[];
  /** Accepted milestones, in plan order. */
  readonly milestones: PlanMilestone[];
  /** Accepted tasks of accepted milestones. */
  readonly tasks: PlanTask[];
  readonly proposedMilestones: PlanMilestone[];
  readonly proposedTasks: PlanTask[];
  /** Organizations taking part (accepted), by name. */
  readonly organizations: NamedOrganization[];
  organizationName(id: string | null | undefined): string;
  /** Who wrote a progress update: a facilitator's name, or the organization's. */
  authorName(update: PlanProgress): string;
}

export function usePlan(collaborationId: string) {
  const { t } = useT('plan');
  const query = useConsolePlanQuery({
    variables: { collaborationId },
    skip: !collaborationId,
  });
  // Every change of the plan, whoever made it (participants' proposals and progress included).
  useLivePlan(collaborationId, () => query.refetch());
  const data = query.data;
  const model = useMemo<PlanModel | null>(() => {
    if (!data) return null;
    const names = new Map(
      data.collaboration.participations.map((p) => [p.organization.id, p.organization.name]),
    );
    const facilitators = new Map(data.collaboration.facilitators.map((f) => [f.id, f.displayName]));
    const organizations = data.collaboration.participations
      .filter((p) => p.status === 'ACCEPTED')
      .map((p) => p.organization)
      .sort((a, b) => a.name.localeCompare(b.name));
    const organizationName = (id: string | null | undefined) =>
      id ? (names.get(id) ?? t('unknownOrganization')) : t('wholeCollaboration');
    const all = data.plan.milestones;
    const milestones = all.filter((m) => m.proposalStatus === 'ACCEPTED');
    const withTitle = (m: PlanMilestone) =>
      m.tasks.map((task) => ({ ...task, milestoneTitle: m.title }));
    const tasks = milestones
      .flatMap(withTitle)
      .filter((task) => task.proposalStatus === 'ACCEPTED');
    const proposedTasks = all
      .filter((m) => m.proposalStatus !== 'DECLINED')
      .flatMap(withTitle)
      .filter((task) => task.proposalStatus === 'PROPOSED');
    return {
      collaborationId,
      readOnly: data.collaboration.status === 'CLOSED',
      percentDone: data.plan.percentDone,
      overdueMilestoneCount: data.plan.overdueMilestoneCount,
      overdueTaskCount: data.plan.overdueTaskCount,
      objectives: data.plan.objectives,
      milestones,
      tasks,
      proposedMilestones: all.filter((m) => m.proposalStatus === 'PROPOSED'),
      proposedTasks,
      organizations,
      organizationName,
      authorName: (update) =>
        facilitators.get(update.authorUserId) ??
        (update.organizationId ? organizationName(update.organizationId) : t('progress.someone')),
    };
  }, [data, collaborationId, t]);
  return { query, model };
}
