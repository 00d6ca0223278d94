/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Where a collaboration is in its life. */
export type CollaborationStatus =
  /** Under way: participants exchange. */
  | 'ACTIVE'
  /** Closed; its final statement is written. */
  | 'CLOSED'
  /** Closing: participants write their final evaluations. */
  | 'CLOSING'
  /** Being prepared by the facilitator. */
  | 'DRAFT';

/** Which way an indicator should move. */
export type IndicatorDirection =
  /** Lower values are better. */
  | 'DECREASE'
  /** Higher values are better. */
  | 'INCREASE';

/** A new indicator of an objective. */
export type IndicatorInput = {
  /**
   * The value at the start.
   * @deprecated Use baselineDecimal instead. Removed after 2027-06-30.
   */
  baseline?: number | null | undefined;
  /** The value at the start (required unless the deprecated baseline is given). */
  baselineDecimal?: string | null | undefined;
  /** Whether the value should go up or down. */
  direction: IndicatorDirection;
  /** The indicator's name. */
  name: string;
  /**
   * The value to reach.
   * @deprecated Use targetDecimal instead. Removed after 2027-06-30.
   */
  target?: number | null | undefined;
  /** The value to reach (required unless the deprecated target is given). */
  targetDecimal?: string | null | undefined;
  /** The unit of its values. */
  unit: string;
};

/** A value of an indicator to report. */
export type IndicatorValueInput = {
  /** The id of the plan indicator. */
  indicatorId: string | number;
  /**
   * The value, in the indicator's unit.
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value?: number | null | undefined;
  /** The value, in the indicator's unit (required unless the deprecated value is given). */
  valueDecimal?: string | null | undefined;
};

/** A new milestone of the plan. */
export type MilestoneInput = {
  /** What the milestone is about. */
  description?: string;
  /** YYYY-MM-DD */
  dueDate?: string | null | undefined;
  /** Its place in the plan, from 0; last when omitted. */
  position?: number | null | undefined;
  /** YYYY-MM-DD */
  startDate?: string | null | undefined;
  /** The milestone's title. */
  title: string;
};

/** Where a milestone stands. */
export type MilestoneStatus =
  /** It will not be done. */
  | 'CANCELLED'
  /** It is done. */
  | 'DONE'
  /** Work on it has started. */
  | 'IN_PROGRESS'
  /** Work on it has not started. */
  | 'PLANNED';

/** A new objective of the plan. */
export type ObjectiveInput = {
  /** What the objective is about. */
  description?: string;
  /** The objective's title. */
  title: string;
};

/** Where an organization's participation stands. */
export type ParticipationStatus =
  /** It accepted and takes part. */
  | 'ACCEPTED'
  /** It declined. */
  | 'DECLINED'
  /** It was invited and has not answered. */
  | 'INVITED'
  /** It withdrew, or its invitation was withdrawn. */
  | 'WITHDRAWN';

/** A progress update on a milestone or one of its tasks. */
export type ProgressInput = {
  /** The id of a grant that shows the evidence. */
  evidenceGrantId?: string | number | null | undefined;
  /** Indicator values to report with it. */
  indicatorValues?: Array<IndicatorValueInput>;
  /** The id of the plan milestone. */
  milestoneId: string | number;
  /** The id of the plan task. */
  taskId?: string | number | null | undefined;
  /** What was done or learned. */
  text: string;
};

/** The facilitator's decision on a proposed element of the plan. */
export type ProposalDecisionInput = {
  /** True to accept the proposal, false to decline it. */
  accept: boolean;
};

/** Whether the facilitator accepted a milestone or task. */
export type ProposalStatus =
  /** Accepted (or added by the facilitator). */
  | 'ACCEPTED'
  /** Declined by the facilitator. */
  | 'DECLINED'
  /** Proposed by a participant; waits for the facilitator. */
  | 'PROPOSED';

/** What removing a plan element did. */
export type RemovalOutcome =
  /** Archived: history names it (progress, ledger, evaluations); out of the plan. */
  | 'ARCHIVED'
  /** Deleted: nothing in the history named it. */
  | 'DELETED';

/** A resource available or needed for a milestone. */
export type ResourceInput = {
  /** Whether only the provider and the facilitator may read its details. */
  confidential?: boolean;
  /** ISO 4217, e.g. EUR. */
  currency?: string | null | undefined;
  /** What the resource is. */
  description: string;
  /** Whether it is available or needed. */
  kind: ResourceKind;
  /** The id of the organization that provides it. */
  providerOrganizationId?: string | number | null | undefined;
  /** How much, in `unit`. */
  quantity?: number | null | undefined;
  /** The unit of the quantity. */
  unit?: string | null | undefined;
  /**
   * Exact decimal, e.g. "1250.50".
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value?: string | null | undefined;
  /** What it is worth, at most 2 decimals, e.g. "1250.50". */
  valueDecimal?: string | null | undefined;
};

/** Whether a resource is available or needed. */
export type ResourceKind =
  /** Someone has it to give. */
  | 'AVAILABLE'
  /** Someone needs it. */
  | 'NEEDED';

/** A new task of a milestone. */
export type TaskInput = {
  /** What the task is about. */
  description?: string;
  /** When it is due (YYYY-MM-DD). */
  dueDate?: string | null | undefined;
  /** The id of the organization responsible for it. */
  responsibleOrganizationId: string | number;
  /** The id of the person responsible for it. */
  responsibleUserId?: string | number | null | undefined;
  /** The task's title. */
  title: string;
};

/** Where a task stands. */
export type TaskStatus =
  /** It cannot go on; see the reason. */
  | 'BLOCKED'
  /** Work on it has started. */
  | 'DOING'
  /** It is done. */
  | 'DONE'
  /** Work on it has not started. */
  | 'TODO';

/** A task's new status. */
export type TaskStatusInput = {
  /** Why it is blocked; required when the status is blocked. */
  blockedReason?: string | null | undefined;
  /** The new status. */
  status: TaskStatus;
};

/** Changes to an indicator; omitted fields stay as they are. */
export type UpdateIndicatorInput = {
  /**
   * The new value at the start.
   * @deprecated Use baselineDecimal instead. Removed after 2027-06-30.
   */
  baseline?: number | null | undefined;
  /** The new value at the start. */
  baselineDecimal?: string | null | undefined;
  /** Whether the value should go up or down. */
  direction?: IndicatorDirection | null | undefined;
  /** The new name. */
  name?: string | null | undefined;
  /**
   * The new value to reach.
   * @deprecated Use targetDecimal instead. Removed after 2027-06-30.
   */
  target?: number | null | undefined;
  /** The new value to reach. */
  targetDecimal?: string | null | undefined;
  /** The new unit. */
  unit?: string | null | undefined;
};

/** Changes to a milestone; omitted fields stay as they are. */
export type UpdateMilestoneInput = {
  /** The new description. */
  description?: string | null | undefined;
  /** The new due date (YYYY-MM-DD). */
  dueDate?: string | null | undefined;
  /** The new place in the plan, from 0. */
  position?: number | null | undefined;
  /** The new start date (YYYY-MM-DD). */
  startDate?: string | null | undefined;
  /** The new status. */
  status?: MilestoneStatus | null | undefined;
  /** The new title. */
  title?: string | null | undefined;
};

/** Changes to an objective; omitted fields stay as they are. */
export type UpdateObjectiveInput = {
  /** The new description. */
  description?: string | null | undefined;
  /** The new title. */
  title?: string | null | undefined;
};

/** Changes to a resource; omitted fields stay as they are. */
export type UpdateResourceInput = {
  /** ISO 4217, e.g. EUR. */
  currency?: string | null | undefined;
  /** The new description. */
  description?: string | null | undefined;
  /** Whether it is available or needed. */
  kind?: ResourceKind | null | undefined;
  /** The new quantity. */
  quantity?: number | null | undefined;
  /** The new unit. */
  unit?: string | null | undefined;
  /**
   * Exact decimal, e.g. "1250.50".
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value?: string | null | undefined;
  /** What it is worth, at most 2 decimals, e.g. "1250.50"; null clears it. */
  valueDecimal?: string | null | undefined;
};

/** Changes to a task; omitted fields stay as they are. */
export type UpdateTaskInput = {
  /** The new description. */
  description?: string | null | undefined;
  /** YYYY-MM-DD; null clears it. */
  dueDate?: string | null | undefined;
  /** The id of the organization responsible from now on. */
  responsibleOrganizationId?: string | number | null | undefined;
  /** The id of the person responsible for it. */
  responsibleUserId?: string | number | null | undefined;
  /** The new title. */
  title?: string | null | undefined;
};

export type ConsolePlanTaskFragment = { id: string, milestoneId: string, title: string, description: string, status: Types.TaskStatus, blockedReason: string | null, dueDate: string | null, overdue: boolean, proposalStatus: Types.ProposalStatus, responsibleOrganizationId: string, responsibleUserId: string | null };

export type ConsolePlanResourceFragment = { id: string, milestoneId: string, kind: Types.ResourceKind, confidential: boolean, detailsVisible: boolean, description: string | null, providerOrganizationId: string | null, quantity: number | null, unit: string | null, value: string | null, currency: string | null };

export type ConsolePlanProgressFragment = { id: string, milestoneId: string, taskId: string | null, text: string, authorUserId: string, organizationId: string | null, createdAt: string, indicatorValues: Array<{ indicatorId: string, valueDecimal: string }> };

export type ConsolePlanMilestoneFragment = { id: string, title: string, description: string, startDate: string | null, dueDate: string | null, position: number, status: Types.MilestoneStatus, overdue: boolean, percentDone: number, proposalStatus: Types.ProposalStatus, proposedByOrganizationId: string | null, tasks: Array<{ id: string, milestoneId: string, title: string, description: string, status: Types.TaskStatus, blockedReason: string | null, dueDate: string | null, overdue: boolean, proposalStatus: Types.ProposalStatus, responsibleOrganizationId: string, responsibleUserId: string | null }>, resources: Array<{ id: string, milestoneId: string, kind: Types.ResourceKind, confidential: boolean, detailsVisible: boolean, description: string | null, providerOrganizationId: string | null, quantity: number | null, unit: string | null, value: string | null, currency: string | null }>, progress: Array<{ id: string, milestoneId: string, taskId: string | null, text: string, authorUserId: string, organizationId: string | null, createdAt: string, indicatorValues: Array<{ indicatorId: string, valueDecimal: string }> }> };

export type ConsolePlanIndicatorFragment = { id: string, objectiveId: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, direction: Types.IndicatorDirection, progressPercent: number | null };

export type ConsolePlanObjectiveFragment = { id: string, title: string, description: string, position: number, indicators: Array<{ id: string, objectiveId: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, direction: Types.IndicatorDirection, progressPercent: number | null }> };

export type ConsolePlanQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsolePlanQuery = { collaboration: { id: string, status: Types.CollaborationStatus, facilitators: Array<{ id: string, displayName: string }>, participations: Array<{ id: string, status: Types.ParticipationStatus, active: boolean, organization: { id: string, name: string } }> }, plan: { collaborationId: string, percentDone: number, overdueMilestoneCount: number, overdueTaskCount: number, objectives: Array<{ id: string, title: string, description: string, position: number, indicators: Array<{ id: string, objectiveId: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, direction: Types.IndicatorDirection, progressPercent: number | null }> }>, milestones: Array<{ id: string, title: string, description: string, startDate: string | null, dueDate: string | null, position: number, status: Types.MilestoneStatus, overdue: boolean, percentDone: number, proposalStatus: Types.ProposalStatus, proposedByOrganizationId: string | null, tasks: Array<{ id: string, milestoneId: string, title: string, description: string, status: Types.TaskStatus, blockedReason: string | null, dueDate: string | null, overdue: boolean, proposalStatus: Types.ProposalStatus, responsibleOrganizationId: string, responsibleUserId: string | null }>, resources: Array<{ id: string, milestoneId: string, kind: Types.ResourceKind, confidential: boolean, detailsVisible: boolean, description: string | null, providerOrganizationId: string | null, quantity: number | null, unit: string | null, value: string | null, currency: string | null }>, progress: Array<{ id: string, milestoneId: string, taskId: string | null, text: string, authorUserId: string, organizationId: string | null, createdAt: string, indicatorValues: Array<{ indicatorId: string, valueDecimal: string }> }> }> } };

export type ConsoleCreateMilestoneMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.MilestoneInput;
}>;


export type ConsoleCreateMilestoneMutation = { createMilestone: { id: string } };

export type ConsoleUpdateMilestoneMutationVariables = Exact<{
  milestoneId: string | number;
  input: Types.UpdateMilestoneInput;
}>;


export type ConsoleUpdateMilestoneMutation = { updateMilestone: { id: string, title: string, description: string, startDate: string | null, dueDate: string | null, status: Types.MilestoneStatus } };

export type ConsoleDecideMilestoneProposalMutationVariables = Exact<{
  milestoneId: string | number;
  input: Types.ProposalDecisionInput;
}>;


export type ConsoleDecideMilestoneProposalMutation = { decideMilestoneProposal: { id: string, proposalStatus: Types.ProposalStatus } };

export type ConsoleCreateTaskMutationVariables = Exact<{
  milestoneId: string | number;
  input: Types.TaskInput;
}>;


export type ConsoleCreateTaskMutation = { createTask: { id: string, milestoneId: string, title: string, description: string, status: Types.TaskStatus, blockedReason: string | null, dueDate: string | null, overdue: boolean, proposalStatus: Types.ProposalStatus, responsibleOrganizationId: string, responsibleUserId: string | null } };

export type ConsoleSetTaskStatusMutationVariables = Exact<{
  taskId: string | number;
  input: Types.TaskStatusInput;
}>;


export type ConsoleSetTaskStatusMutation = { setTaskStatus: { id: string, milestoneId: string, title: string, description: string, status: Types.TaskStatus, blockedReason: string | null, dueDate: string | null, overdue: boolean, proposalStatus: Types.ProposalStatus, responsibleOrganizationId: string, responsibleUserId: string | null } };

export type ConsoleDecideTaskProposalMutationVariables = Exact<{
  taskId: string | number;
  input: Types.ProposalDecisionInput;
}>;


export type ConsoleDecideTaskProposalMutation = { decideTaskProposal: { id: string, milestoneId: string, title: string, description: string, status: Types.TaskStatus, blockedReason: string | null, dueDate: string | null, overdue: boolean, proposalStatus: Types.ProposalStatus, responsibleOrganizationId: string, responsibleUserId: string | null } };

export type ConsoleAddResourceMutationVariables = Exact<{
  milestoneId: string | number;
  input: Types.ResourceInput;
}>;


export type ConsoleAddResourceMutation = { addResource: { id: string, milestoneId: string, kind: Types.ResourceKind, confidential: boolean, detailsVisible: boolean, description: string | null, providerOrganizationId: string | null, quantity: number | null, unit: string | null, value: string | null, currency: string | null } };

export type ConsoleCreateObjectiveMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.ObjectiveInput;
}>;


export type ConsoleCreateObjectiveMutation = { createObjective: { id: string } };

export type ConsoleAddIndicatorMutationVariables = Exact<{
  objectiveId: string | number;
  input: Types.IndicatorInput;
}>;


export type ConsoleAddIndicatorMutation = { addIndicator: { id: string, objectiveId: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, direction: Types.IndicatorDirection, progressPercent: number | null } };

export type ConsolePostProgressMutationVariables = Exact<{
  input: Types.ProgressInput;
}>;


export type ConsolePostProgressMutation = { postProgress: { id: string, milestoneId: string, taskId: string | null, text: string, authorUserId: string, organizationId: string | null, createdAt: string, indicatorValues: Array<{ indicatorId: string, valueDecimal: string }> } };

export type ConsoleUpdateTaskMutationVariables = Exact<{
  taskId: string | number;
  input: Types.UpdateTaskInput;
}>;


export type ConsoleUpdateTaskMutation = { updateTask: { id: string, milestoneId: string, title: string, description: string, status: Types.TaskStatus, blockedReason: string | null, dueDate: string | null, overdue: boolean, proposalStatus: Types.ProposalStatus, responsibleOrganizationId: string, responsibleUserId: string | null } };

export type ConsoleRemoveTaskMutationVariables = Exact<{
  taskId: string | number;
}>;


export type ConsoleRemoveTaskMutation = { removeTask: { id: string, outcome: Types.RemovalOutcome } };

export type ConsoleUpdateObjectiveMutationVariables = Exact<{
  objectiveId: string | number;
  input: Types.UpdateObjectiveInput;
}>;


export type ConsoleUpdateObjectiveMutation = { updateObjective: { id: string, title: string, description: string, position: number, indicators: Array<{ id: string, objectiveId: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, direction: Types.IndicatorDirection, progressPercent: number | null }> } };

export type ConsoleRemoveObjectiveMutationVariables = Exact<{
  objectiveId: string | number;
}>;


export type ConsoleRemoveObjectiveMutation = { removeObjective: { id: string, outcome: Types.RemovalOutcome } };

export type ConsoleUpdateIndicatorMutationVariables = Exact<{
  indicatorId: string | number;
  input: Types.UpdateIndicatorInput;
}>;


export type ConsoleUpdateIndicatorMutation = { updateIndicator: { id: string, objectiveId: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, direction: Types.IndicatorDirection, progressPercent: number | null } };

export type ConsoleRemoveIndicatorMutationVariables = Exact<{
  indicatorId: string | number;
}>;


export type ConsoleRemoveIndicatorMutation = { removeIndicator: { id: string, outcome: Types.RemovalOutcome } };

export type ConsoleUpdateResourceMutationVariables = Exact<{
  resourceId: string | number;
  input: Types.UpdateResourceInput;
}>;


export type ConsoleUpdateResourceMutation = { updateResource: { id: string, milestoneId: string, kind: Types.ResourceKind, confidential: boolean, detailsVisible: boolean, description: string | null, providerOrganizationId: string | null, quantity: number | null, unit: string | null, value: string | null, currency: string | null } };

export type ConsoleRemoveResourceMutationVariables = Exact<{
  resourceId: string | number;
}>;


export type ConsoleRemoveResourceMutation = { removeResource: { id: string, outcome: Types.RemovalOutcome } };

export const ConsolePlanTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}}]}}]} as unknown as DocumentNode<ConsolePlanTaskFragment, unknown>;
export const ConsolePlanResourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"providerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<ConsolePlanResourceFragment, unknown>;
export const ConsolePlanProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}}]}}]}}]} as unknown as DocumentNode<ConsolePlanProgressFragment, unknown>;
export const ConsolePlanMilestoneFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanMilestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"percentDone"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanTask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanResource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"providerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}}]}}]}}]} as unknown as DocumentNode<ConsolePlanMilestoneFragment, unknown>;
export const ConsolePlanIndicatorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}}]} as unknown as DocumentNode<ConsolePlanIndicatorFragment, unknown>;
export const ConsolePlanObjectiveFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanObjective"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanIndicator"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}}]} as unknown as DocumentNode<ConsolePlanObjectiveFragment, unknown>;
export const ConsolePlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsolePlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"facilitators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"percentDone"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMilestoneCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanObjective"}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanMilestone"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"providerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanObjective"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanIndicator"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanMilestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"percentDone"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanTask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanResource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanProgress"}}]}}]}}]} as unknown as DocumentNode<ConsolePlanQuery, ConsolePlanQueryVariables>;
export const ConsoleCreateMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateMilestoneMutation, ConsoleCreateMilestoneMutationVariables>;
export const ConsoleUpdateMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"milestoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateMilestoneMutation, ConsoleUpdateMilestoneMutationVariables>;
export const ConsoleDecideMilestoneProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDecideMilestoneProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideMilestoneProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"milestoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}}]}}]}}]} as unknown as DocumentNode<ConsoleDecideMilestoneProposalMutation, ConsoleDecideMilestoneProposalMutationVariables>;
export const ConsoleCreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"milestoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}}]}}]} as unknown as DocumentNode<ConsoleCreateTaskMutation, ConsoleCreateTaskMutationVariables>;
export const ConsoleSetTaskStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetTaskStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTaskStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}}]}}]} as unknown as DocumentNode<ConsoleSetTaskStatusMutation, ConsoleSetTaskStatusMutationVariables>;
export const ConsoleDecideTaskProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDecideTaskProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideTaskProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}}]}}]} as unknown as DocumentNode<ConsoleDecideTaskProposalMutation, ConsoleDecideTaskProposalMutationVariables>;
export const ConsoleAddResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"milestoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanResource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"providerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<ConsoleAddResourceMutation, ConsoleAddResourceMutationVariables>;
export const ConsoleCreateObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ObjectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleCreateObjectiveMutation, ConsoleCreateObjectiveMutationVariables>;
export const ConsoleAddIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAddIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanIndicator"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}}]} as unknown as DocumentNode<ConsoleAddIndicatorMutation, ConsoleAddIndicatorMutationVariables>;
export const ConsolePostProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePostProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"authorUserId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}}]}}]}}]} as unknown as DocumentNode<ConsolePostProgressMutation, ConsolePostProgressMutationVariables>;
export const ConsoleUpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleUserId"}}]}}]} as unknown as DocumentNode<ConsoleUpdateTaskMutation, ConsoleUpdateTaskMutationVariables>;
export const ConsoleRemoveTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveTaskMutation, ConsoleRemoveTaskMutationVariables>;
export const ConsoleUpdateObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateObjectiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanObjective"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanObjective"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Objective"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanIndicator"}}]}}]}}]} as unknown as DocumentNode<ConsoleUpdateObjectiveMutation, ConsoleUpdateObjectiveMutationVariables>;
export const ConsoleRemoveObjectiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveObjective"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeObjective"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"objectiveId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"objectiveId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveObjectiveMutation, ConsoleRemoveObjectiveMutationVariables>;
export const ConsoleUpdateIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanIndicator"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}}]} as unknown as DocumentNode<ConsoleUpdateIndicatorMutation, ConsoleUpdateIndicatorMutationVariables>;
export const ConsoleRemoveIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"indicatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"indicatorId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveIndicatorMutation, ConsoleRemoveIndicatorMutationVariables>;
export const ConsoleUpdateResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsolePlanResource"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsolePlanResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"providerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<ConsoleUpdateResourceMutation, ConsoleUpdateResourceMutationVariables>;
export const ConsoleRemoveResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"resourceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"resourceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveResourceMutation, ConsoleRemoveResourceMutationVariables>;
export function useConsolePlanQuery(options: useQuery.Options<ConsolePlanQuery, ConsolePlanQueryVariables>) {
  return useQuery<ConsolePlanQuery, ConsolePlanQueryVariables>(ConsolePlanDocument, options as useQuery.Options<ConsolePlanQuery, ConsolePlanQueryVariables>);
}

export function useConsolePlanLazyQuery(options?: useLazyQuery.Options<ConsolePlanQuery, ConsolePlanQueryVariables>) {
  return useLazyQuery<ConsolePlanQuery, ConsolePlanQueryVariables>(ConsolePlanDocument, options);
}

export function useConsoleCreateMilestoneMutation(options?: useMutation.Options<ConsoleCreateMilestoneMutation, ConsoleCreateMilestoneMutationVariables>) {
  return useMutation<ConsoleCreateMilestoneMutation, ConsoleCreateMilestoneMutationVariables>(ConsoleCreateMilestoneDocument, options);
}

export function useConsoleUpdateMilestoneMutation(options?: useMutation.Options<ConsoleUpdateMilestoneMutation, ConsoleUpdateMilestoneMutationVariables>) {
  return useMutation<ConsoleUpdateMilestoneMutation, ConsoleUpdateMilestoneMutationVariables>(ConsoleUpdateMilestoneDocument, options);
}

export function useConsoleDecideMilestoneProposalMutation(options?: useMutation.Options<ConsoleDecideMilestoneProposalMutation, ConsoleDecideMilestoneProposalMutationVariables>) {
  return useMutation<ConsoleDecideMilestoneProposalMutation, ConsoleDecideMilestoneProposalMutationVariables>(ConsoleDecideMilestoneProposalDocument, options);
}

export function useConsoleCreateTaskMutation(options?: useMutation.Options<ConsoleCreateTaskMutation, ConsoleCreateTaskMutationVariables>) {
  return useMutation<ConsoleCreateTaskMutation, ConsoleCreateTaskMutationVariables>(ConsoleCreateTaskDocument, options);
}

export function useConsoleSetTaskStatusMutation(options?: useMutation.Options<ConsoleSetTaskStatusMutation, ConsoleSetTaskStatusMutationVariables>) {
  return useMutation<ConsoleSetTaskStatusMutation, ConsoleSetTaskStatusMutationVariables>(ConsoleSetTaskStatusDocument, options);
}

export function useConsoleDecideTaskProposalMutation(options?: useMutation.Options<ConsoleDecideTaskProposalMutation, ConsoleDecideTaskProposalMutationVariables>) {
  return useMutation<ConsoleDecideTaskProposalMutation, ConsoleDecideTaskProposalMutationVariables>(ConsoleDecideTaskProposalDocument, options);
}

export function useConsoleAddResourceMutation(options?: useMutation.Options<ConsoleAddResourceMutation, ConsoleAddResourceMutationVariables>) {
  return useMutation<ConsoleAddResourceMutation, ConsoleAddResourceMutationVariables>(ConsoleAddResourceDocument, options);
}

export function useConsoleCreateObjectiveMutation(options?: useMutation.Options<ConsoleCreateObjectiveMutation, ConsoleCreateObjectiveMutationVariables>) {
  return useMutation<ConsoleCreateObjectiveMutation, ConsoleCreateObjectiveMutationVariables>(ConsoleCreateObjectiveDocument, options);
}

export function useConsoleAddIndicatorMutation(options?: useMutation.Options<ConsoleAddIndicatorMutation, ConsoleAddIndicatorMutationVariables>) {
  return useMutation<ConsoleAddIndicatorMutation, ConsoleAddIndicatorMutationVariables>(ConsoleAddIndicatorDocument, options);
}

export function useConsolePostProgressMutation(options?: useMutation.Options<ConsolePostProgressMutation, ConsolePostProgressMutationVariables>) {
  return useMutation<ConsolePostProgressMutation, ConsolePostProgressMutationVariables>(ConsolePostProgressDocument, options);
}

export function useConsoleUpdateTaskMutation(options?: useMutation.Options<ConsoleUpdateTaskMutation, ConsoleUpdateTaskMutationVariables>) {
  return useMutation<ConsoleUpdateTaskMutation, ConsoleUpdateTaskMutationVariables>(ConsoleUpdateTaskDocument, options);
}

export function useConsoleRemoveTaskMutation(options?: useMutation.Options<ConsoleRemoveTaskMutation, ConsoleRemoveTaskMutationVariables>) {
  return useMutation<ConsoleRemoveTaskMutation, ConsoleRemoveTaskMutationVariables>(ConsoleRemoveTaskDocument, options);
}

export function useConsoleUpdateObjectiveMutation(options?: useMutation.Options<ConsoleUpdateObjectiveMutation, ConsoleUpdateObjectiveMutationVariables>) {
  return useMutation<ConsoleUpdateObjectiveMutation, ConsoleUpdateObjectiveMutationVariables>(ConsoleUpdateObjectiveDocument, options);
}

export function useConsoleRemoveObjectiveMutation(options?: useMutation.Options<ConsoleRemoveObjectiveMutation, ConsoleRemoveObjectiveMutationVariables>) {
  return useMutation<ConsoleRemoveObjectiveMutation, ConsoleRemoveObjectiveMutationVariables>(ConsoleRemoveObjectiveDocument, options);
}

export function useConsoleUpdateIndicatorMutation(options?: useMutation.Options<ConsoleUpdateIndicatorMutation, ConsoleUpdateIndicatorMutationVariables>) {
  return useMutation<ConsoleUpdateIndicatorMutation, ConsoleUpdateIndicatorMutationVariables>(ConsoleUpdateIndicatorDocument, options);
}

export function useConsoleRemoveIndicatorMutation(options?: useMutation.Options<ConsoleRemoveIndicatorMutation, ConsoleRemoveIndicatorMutationVariables>) {
  return useMutation<ConsoleRemoveIndicatorMutation, ConsoleRemoveIndicatorMutationVariables>(ConsoleRemoveIndicatorDocument, options);
}

export function useConsoleUpdateResourceMutation(options?: useMutation.Options<ConsoleUpdateResourceMutation, ConsoleUpdateResourceMutationVariables>) {
  return useMutation<ConsoleUpdateResourceMutation, ConsoleUpdateResourceMutationVariables>(ConsoleUpdateResourceDocument, options);
}

export function useConsoleRemoveResourceMutation(options?: useMutation.Options<ConsoleRemoveResourceMutation, ConsoleRemoveResourceMutationVariables>) {
  return useMutation<ConsoleRemoveResourceMutation, ConsoleRemoveResourceMutationVariables>(ConsoleRemoveResourceDocument, options);
}
