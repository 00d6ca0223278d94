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

/** Whether a grant can be read. */
export type GrantState =
  /** The recipient can read it. */
  | 'ACTIVE'
  /** Its end date has passed. */
  | 'EXPIRED'
  /** The owner revoked it. */
  | 'REVOKED';

/** Which way an indicator should move. */
export type IndicatorDirection =
  /** Lower values are better. */
  | 'DECREASE'
  /** Higher values are better. */
  | 'INCREASE';

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

/** Whether the facilitator accepted a milestone or task. */
export type ProposalStatus =
  /** Accepted (or added by the facilitator). */
  | 'ACCEPTED'
  /** Declined by the facilitator. */
  | 'DECLINED'
  /** Proposed by a participant; waits for the facilitator. */
  | 'PROPOSED';

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

export type PortalPlanTaskFragment = { id: string, milestoneId: string, title: string, description: string, responsibleOrganizationId: string, dueDate: string | null, status: Types.TaskStatus, blockedReason: string | null, proposalStatus: Types.ProposalStatus, overdue: boolean };

export type PortalPlanResourceFragment = { id: string, kind: Types.ResourceKind, confidential: boolean, detailsVisible: boolean, description: string | null, providerOrganizationId: string | null, quantity: number | null, unit: string | null, value: string | null, currency: string | null };

export type PortalPlanProgressFragment = { id: string, milestoneId: string, taskId: string | null, text: string, organizationId: string | null, evidenceGrantId: string | null, createdAt: string, indicatorValues: Array<{ indicatorId: string, valueDecimal: string }> };

export type PortalPlanIndicatorFragment = { id: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, direction: Types.IndicatorDirection, progressPercent: number | null };

export type PortalPlanMilestoneFragment = { id: string, title: string, description: string, startDate: string | null, dueDate: string | null, position: number, status: Types.MilestoneStatus, proposalStatus: Types.ProposalStatus, proposedByOrganizationId: string | null, percentDone: number, overdue: boolean, tasks: Array<{ id: string, milestoneId: string, title: string, description: string, responsibleOrganizationId: string, dueDate: string | null, status: Types.TaskStatus, blockedReason: string | null, proposalStatus: Types.ProposalStatus, overdue: boolean }>, resources: Array<{ id: string, kind: Types.ResourceKind, confidential: boolean, detailsVisible: boolean, description: string | null, providerOrganizationId: string | null, quantity: number | null, unit: string | null, value: string | null, currency: string | null }>, progress: Array<{ id: string, milestoneId: string, taskId: string | null, text: string, organizationId: string | null, evidenceGrantId: string | null, createdAt: string, indicatorValues: Array<{ indicatorId: string, valueDecimal: string }> }> };

export type PortalPlanQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type PortalPlanQuery = { collaboration: { id: string, status: Types.CollaborationStatus, myParticipations: Array<{ id: string, organizationId: string, active: boolean }>, participations: Array<{ id: string, organizationId: string, active: boolean, organization: { id: string, name: string } }> }, plan: { collaborationId: string, percentDone: number, overdueMilestoneCount: number, overdueTaskCount: number, objectives: Array<{ id: string, title: string, description: string, position: number, indicators: Array<{ id: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, direction: Types.IndicatorDirection, progressPercent: number | null }> }>, milestones: Array<{ id: string, title: string, description: string, startDate: string | null, dueDate: string | null, position: number, status: Types.MilestoneStatus, proposalStatus: Types.ProposalStatus, proposedByOrganizationId: string | null, percentDone: number, overdue: boolean, tasks: Array<{ id: string, milestoneId: string, title: string, description: string, responsibleOrganizationId: string, dueDate: string | null, status: Types.TaskStatus, blockedReason: string | null, proposalStatus: Types.ProposalStatus, overdue: boolean }>, resources: Array<{ id: string, kind: Types.ResourceKind, confidential: boolean, detailsVisible: boolean, description: string | null, providerOrganizationId: string | null, quantity: number | null, unit: string | null, value: string | null, currency: string | null }>, progress: Array<{ id: string, milestoneId: string, taskId: string | null, text: string, organizationId: string | null, evidenceGrantId: string | null, createdAt: string, indicatorValues: Array<{ indicatorId: string, valueDecimal: string }> }> }> } };

export type PortalPlanEvidenceQueryVariables = Exact<{
  collaborationId: string | number;
  ownerOrganizationId: string | number;
}>;


export type PortalPlanEvidenceQuery = { sharedWithMe: { nodes: Array<{ grantId: string, title: string, reference: string, ownerOrganizationName: string }> }, items: { nodes: Array<{ id: string, latest: { id: string, title: string }, grants: Array<{ id: string, state: Types.GrantState, reference: string, recipientOrganizationId: string }> }> } };

export type PortalSetTaskStatusMutationVariables = Exact<{
  taskId: string | number;
  input: Types.TaskStatusInput;
}>;


export type PortalSetTaskStatusMutation = { setTaskStatus: { id: string, milestoneId: string, title: string, description: string, responsibleOrganizationId: string, dueDate: string | null, status: Types.TaskStatus, blockedReason: string | null, proposalStatus: Types.ProposalStatus, overdue: boolean } };

export type PortalPostProgressMutationVariables = Exact<{
  input: Types.ProgressInput;
}>;


export type PortalPostProgressMutation = { postProgress: { id: string, milestoneId: string, taskId: string | null, text: string, organizationId: string | null, evidenceGrantId: string | null, createdAt: string, indicatorValues: Array<{ indicatorId: string, valueDecimal: string }> } };

export type PortalProposeMilestoneMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.MilestoneInput;
}>;


export type PortalProposeMilestoneMutation = { createMilestone: { id: string, proposalStatus: Types.ProposalStatus } };

export type PortalProposeTaskMutationVariables = Exact<{
  milestoneId: string | number;
  input: Types.TaskInput;
}>;


export type PortalProposeTaskMutation = { createTask: { id: string, milestoneId: string, title: string, description: string, responsibleOrganizationId: string, dueDate: string | null, status: Types.TaskStatus, blockedReason: string | null, proposalStatus: Types.ProposalStatus, overdue: boolean } };

export const PortalPlanIndicatorFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}}]} as unknown as DocumentNode<PortalPlanIndicatorFragment, unknown>;
export const PortalPlanTaskFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<PortalPlanTaskFragment, unknown>;
export const PortalPlanResourceFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"providerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}}]} as unknown as DocumentNode<PortalPlanResourceFragment, unknown>;
export const PortalPlanProgressFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGrantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}}]}}]}}]} as unknown as DocumentNode<PortalPlanProgressFragment, unknown>;
export const PortalPlanMilestoneFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanMilestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"percentDone"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanTask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanResource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"providerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGrantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}}]}}]}}]} as unknown as DocumentNode<PortalPlanMilestoneFragment, unknown>;
export const PortalPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"percentDone"}},{"kind":"Field","name":{"kind":"Name","value":"overdueMilestoneCount"}},{"kind":"Field","name":{"kind":"Name","value":"overdueTaskCount"}},{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanIndicator"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanMilestone"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanResource"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"detailsVisible"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"providerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGrantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanIndicator"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Indicator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanMilestone"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Milestone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"proposedByOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"percentDone"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanTask"}}]}},{"kind":"Field","name":{"kind":"Name","value":"resources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanResource"}}]}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanProgress"}}]}}]}}]} as unknown as DocumentNode<PortalPlanQuery, PortalPlanQueryVariables>;
export const PortalPlanEvidenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPlanEvidence"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrganizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedWithMe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grantId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"ownerOrganizationName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"ownerOrganizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ownerOrganizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PortalPlanEvidenceQuery, PortalPlanEvidenceQueryVariables>;
export const PortalSetTaskStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalSetTaskStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTaskStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"taskId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"taskId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<PortalSetTaskStatusMutation, PortalSetTaskStatusMutationVariables>;
export const PortalPostProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalPostProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"postProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanProgress"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanProgress"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressUpdate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"taskId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"evidenceGrantId"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicatorId"}},{"kind":"Field","name":{"kind":"Name","value":"valueDecimal"}}]}}]}}]} as unknown as DocumentNode<PortalPostProgressMutation, PortalPostProgressMutationVariables>;
export const PortalProposeMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalProposeMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}}]}}]}}]} as unknown as DocumentNode<PortalProposeMilestoneMutation, PortalProposeMilestoneMutationVariables>;
export const PortalProposeTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalProposeTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"milestoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"milestoneId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPlanTask"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPlanTask"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"blockedReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposalStatus"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}}]}}]} as unknown as DocumentNode<PortalProposeTaskMutation, PortalProposeTaskMutationVariables>;
export function usePortalPlanQuery(options: useQuery.Options<PortalPlanQuery, PortalPlanQueryVariables>) {
  return useQuery<PortalPlanQuery, PortalPlanQueryVariables>(PortalPlanDocument, options as useQuery.Options<PortalPlanQuery, PortalPlanQueryVariables>);
}

export function usePortalPlanLazyQuery(options?: useLazyQuery.Options<PortalPlanQuery, PortalPlanQueryVariables>) {
  return useLazyQuery<PortalPlanQuery, PortalPlanQueryVariables>(PortalPlanDocument, options);
}

export function usePortalPlanEvidenceQuery(options: useQuery.Options<PortalPlanEvidenceQuery, PortalPlanEvidenceQueryVariables>) {
  return useQuery<PortalPlanEvidenceQuery, PortalPlanEvidenceQueryVariables>(PortalPlanEvidenceDocument, options as useQuery.Options<PortalPlanEvidenceQuery, PortalPlanEvidenceQueryVariables>);
}

export function usePortalPlanEvidenceLazyQuery(options?: useLazyQuery.Options<PortalPlanEvidenceQuery, PortalPlanEvidenceQueryVariables>) {
  return useLazyQuery<PortalPlanEvidenceQuery, PortalPlanEvidenceQueryVariables>(PortalPlanEvidenceDocument, options);
}

export function usePortalSetTaskStatusMutation(options?: useMutation.Options<PortalSetTaskStatusMutation, PortalSetTaskStatusMutationVariables>) {
  return useMutation<PortalSetTaskStatusMutation, PortalSetTaskStatusMutationVariables>(PortalSetTaskStatusDocument, options);
}

export function usePortalPostProgressMutation(options?: useMutation.Options<PortalPostProgressMutation, PortalPostProgressMutationVariables>) {
  return useMutation<PortalPostProgressMutation, PortalPostProgressMutationVariables>(PortalPostProgressDocument, options);
}

export function usePortalProposeMilestoneMutation(options?: useMutation.Options<PortalProposeMilestoneMutation, PortalProposeMilestoneMutationVariables>) {
  return useMutation<PortalProposeMilestoneMutation, PortalProposeMilestoneMutationVariables>(PortalProposeMilestoneDocument, options);
}

export function usePortalProposeTaskMutation(options?: useMutation.Options<PortalProposeTaskMutation, PortalProposeTaskMutationVariables>) {
  return useMutation<PortalProposeTaskMutation, PortalProposeTaskMutationVariables>(PortalProposeTaskDocument, options);
}
