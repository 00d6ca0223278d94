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

/** What kind of contribution one organization gives another. */
export type ContributionType =
  /** Backing or endorsement. */
  | 'BACKING'
  /** Care or support. */
  | 'CARE'
  /** Teaching or training. */
  | 'EDUCATION'
  /** Joining forces, for example buying together. */
  | 'GROUPING'
  /** Information. */
  | 'INFORMATION'
  /** Work or time. */
  | 'LABOUR'
  /** Something learned and passed on. */
  | 'LEARNING'
  /** Money. */
  | 'MONEY'
  /** Neighbourly help. */
  | 'NEIGHBOURHOOD'
  /** Anything else. */
  | 'OTHER'
  /** A recommendation or referral. */
  | 'RECOMMENDATION'
  /** Representing the other before third parties. */
  | 'REPRESENTATION'
  /** Security or a guarantee. */
  | 'SECURITY'
  /** Goods or supplies. */
  | 'SUPPLY';

/** A contribution the viewer's organization gave. */
export type DeclareContributionInput = {
  /** What kind of contribution it was. */
  contributionType: ContributionType;
  /** What was given. */
  description: string;
  /** Defaults to your organization in this collaboration. */
  giverOrganizationId?: string | number | null | undefined;
  /** The id of the plan milestone. */
  milestoneId?: string | number | null | undefined;
  /** YYYY-MM-DD */
  occurredOn: string;
  /** Empty: to the collaboration as a whole. One entry per receiver. */
  receiverOrganizationIds: Array<string | number>;
  /** The id of the plan task. */
  taskId?: string | number | null | undefined;
  /**
   * Per receiver; exact decimal.
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value?: string | null | undefined;
  /** Per receiver, at most 2 decimals (required unless the deprecated value is given). */
  valueDecimal?: string | null | undefined;
};

/** How a ledger entry came about. */
export type LedgerEntrySource =
  /** The giver declared it. */
  | 'DECLARED'
  /** Created when a disclosure was approved. */
  | 'DISCLOSURE';

/** Where a ledger entry stands. */
export type LedgerEntryStatus =
  /** The receiver confirmed it, or the facilitator upheld it: it counts. */
  | 'CONFIRMED'
  /** The receiver disputes it; the facilitator settles it. */
  | 'DISPUTED'
  /** Waits for the receiver to confirm it. */
  | 'PENDING'
  /** Settled against the giver: it does not count. */
  | 'REJECTED';

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

/** A contribution the viewer's organization promises. */
export type PledgeInput = {
  /** What kind of contribution is promised. */
  contributionType: ContributionType;
  /** What is promised. */
  description: string;
  /** YYYY-MM-DD */
  dueOn: string;
  /** Null: to the collaboration as a whole. */
  receiverOrganizationId?: string | number | null | undefined;
};

/** Where a pledge stands. */
export type PledgeStatus =
  /** It was cancelled. */
  | 'CANCELLED'
  /** Ledger entries fulfil it. */
  | 'FULFILLED'
  /** It is yet to be fulfilled. */
  | 'OPEN';

/** The reason for the decision. */
export type ReasonRequiredInput = {
  /** Why, in a few words. */
  reason: string;
};

/** What ledger values are given in. */
export type ValuationScale =
  /** Money, in the collaboration's currency. */
  | 'MONEY'
  /** Points agreed in the collaboration. */
  | 'POINTS';

export type PortalPledgeFragment = { id: string, pledgerOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, dueOn: string, status: Types.PledgeStatus, overdue: boolean, cancelReason: string | null };

export type PortalLedgerQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type PortalLedgerQuery = { collaboration: { id: string, status: Types.CollaborationStatus, myParticipations: Array<{ id: string, organizationId: string, active: boolean }>, participations: Array<{ id: string, organizationId: string, active: boolean, organization: { id: string, name: string } }>, pledges: { nodes: Array<{ id: string, pledgerOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, dueOn: string, status: Types.PledgeStatus, overdue: boolean, cancelReason: string | null }> } }, ledgerSettings: { valuationScale: Types.ValuationScale, currency: string | null }, ledgerBalances: { organizations: Array<{ organizationId: string, given: string, received: string, net: string }>, byMonth: Array<{ month: string, value: string }>, byType: Array<{ contributionType: Types.ContributionType, value: string }> } };

export type PortalLedgerEntriesQueryVariables = Exact<{
  collaborationId: string | number;
  organizationId?: string | number | null | undefined;
  status?: Types.LedgerEntryStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type PortalLedgerEntriesQuery = { ledgerEntries: { totalCount: number, nodes: Array<{ id: string, giverOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, value: string, occurredOn: string, source: Types.LedgerEntrySource, status: Types.LedgerEntryStatus, disputeReason: string | null, settleReason: string | null, createdAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type PortalConfirmLedgerEntryMutationVariables = Exact<{
  entryId: string | number;
}>;


export type PortalConfirmLedgerEntryMutation = { confirmLedgerEntry: { id: string, giverOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, value: string, occurredOn: string, source: Types.LedgerEntrySource, status: Types.LedgerEntryStatus, disputeReason: string | null, settleReason: string | null, createdAt: string } };

export type PortalDisputeLedgerEntryMutationVariables = Exact<{
  entryId: string | number;
  input: Types.ReasonRequiredInput;
}>;


export type PortalDisputeLedgerEntryMutation = { disputeLedgerEntry: { id: string, giverOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, value: string, occurredOn: string, source: Types.LedgerEntrySource, status: Types.LedgerEntryStatus, disputeReason: string | null, settleReason: string | null, createdAt: string } };

export type PortalDeclareContributionMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.DeclareContributionInput;
}>;


export type PortalDeclareContributionMutation = { declareContribution: Array<{ id: string, giverOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, value: string, occurredOn: string, source: Types.LedgerEntrySource, status: Types.LedgerEntryStatus, disputeReason: string | null, settleReason: string | null, createdAt: string }> };

export type PortalMakePledgeMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.PledgeInput;
}>;


export type PortalMakePledgeMutation = { makePledge: { id: string, pledgerOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, dueOn: string, status: Types.PledgeStatus, overdue: boolean, cancelReason: string | null } };

export type PortalLedgerAccessQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type PortalLedgerAccessQuery = { collaboration: { id: string, status: Types.CollaborationStatus, myParticipations: Array<{ id: string, status: Types.ParticipationStatus }> } };

export const PortalPledgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPledge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pledge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<PortalPledgeFragment, unknown>;
export const PortalLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPledge"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuationScale"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byMonth"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPledge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pledge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<PortalLedgerQuery, PortalLedgerQueryVariables>;
export const PortalLedgerEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalLedgerEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"settleReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<PortalLedgerEntriesQuery, PortalLedgerEntriesQueryVariables>;
export const PortalConfirmLedgerEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalConfirmLedgerEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmLedgerEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"settleReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PortalConfirmLedgerEntryMutation, PortalConfirmLedgerEntryMutationVariables>;
export const PortalDisputeLedgerEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDisputeLedgerEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonRequiredInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeLedgerEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"settleReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PortalDisputeLedgerEntryMutation, PortalDisputeLedgerEntryMutationVariables>;
export const PortalDeclareContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalDeclareContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"settleReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PortalDeclareContributionMutation, PortalDeclareContributionMutationVariables>;
export const PortalMakePledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalMakePledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PledgeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"makePledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalPledge"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalPledge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Pledge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}}]}}]} as unknown as DocumentNode<PortalMakePledgeMutation, PortalMakePledgeMutationVariables>;
export const PortalLedgerAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalLedgerAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<PortalLedgerAccessQuery, PortalLedgerAccessQueryVariables>;
export function usePortalLedgerQuery(options: useQuery.Options<PortalLedgerQuery, PortalLedgerQueryVariables>) {
  return useQuery<PortalLedgerQuery, PortalLedgerQueryVariables>(PortalLedgerDocument, options as useQuery.Options<PortalLedgerQuery, PortalLedgerQueryVariables>);
}

export function usePortalLedgerLazyQuery(options?: useLazyQuery.Options<PortalLedgerQuery, PortalLedgerQueryVariables>) {
  return useLazyQuery<PortalLedgerQuery, PortalLedgerQueryVariables>(PortalLedgerDocument, options);
}

export function usePortalLedgerEntriesQuery(options: useQuery.Options<PortalLedgerEntriesQuery, PortalLedgerEntriesQueryVariables>) {
  return useQuery<PortalLedgerEntriesQuery, PortalLedgerEntriesQueryVariables>(PortalLedgerEntriesDocument, options as useQuery.Options<PortalLedgerEntriesQuery, PortalLedgerEntriesQueryVariables>);
}

export function usePortalLedgerEntriesLazyQuery(options?: useLazyQuery.Options<PortalLedgerEntriesQuery, PortalLedgerEntriesQueryVariables>) {
  return useLazyQuery<PortalLedgerEntriesQuery, PortalLedgerEntriesQueryVariables>(PortalLedgerEntriesDocument, options);
}

export function usePortalConfirmLedgerEntryMutation(options?: useMutation.Options<PortalConfirmLedgerEntryMutation, PortalConfirmLedgerEntryMutationVariables>) {
  return useMutation<PortalConfirmLedgerEntryMutation, PortalConfirmLedgerEntryMutationVariables>(PortalConfirmLedgerEntryDocument, options);
}

export function usePortalDisputeLedgerEntryMutation(options?: useMutation.Options<PortalDisputeLedgerEntryMutation, PortalDisputeLedgerEntryMutationVariables>) {
  return useMutation<PortalDisputeLedgerEntryMutation, PortalDisputeLedgerEntryMutationVariables>(PortalDisputeLedgerEntryDocument, options);
}

export function usePortalDeclareContributionMutation(options?: useMutation.Options<PortalDeclareContributionMutation, PortalDeclareContributionMutationVariables>) {
  return useMutation<PortalDeclareContributionMutation, PortalDeclareContributionMutationVariables>(PortalDeclareContributionDocument, options);
}

export function usePortalMakePledgeMutation(options?: useMutation.Options<PortalMakePledgeMutation, PortalMakePledgeMutationVariables>) {
  return useMutation<PortalMakePledgeMutation, PortalMakePledgeMutationVariables>(PortalMakePledgeDocument, options);
}

export function usePortalLedgerAccessQuery(options: useQuery.Options<PortalLedgerAccessQuery, PortalLedgerAccessQueryVariables>) {
  return useQuery<PortalLedgerAccessQuery, PortalLedgerAccessQueryVariables>(PortalLedgerAccessDocument, options as useQuery.Options<PortalLedgerAccessQuery, PortalLedgerAccessQueryVariables>);
}

export function usePortalLedgerAccessLazyQuery(options?: useLazyQuery.Options<PortalLedgerAccessQuery, PortalLedgerAccessQueryVariables>) {
  return useLazyQuery<PortalLedgerAccessQuery, PortalLedgerAccessQueryVariables>(PortalLedgerAccessDocument, options);
}
