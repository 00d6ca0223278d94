/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How freely information flows in an area of exchange. */
export type AreaSensitivity =
  /** Every disclosure needs the facilitator's decision. */
  | 'MODERATED'
  /** Disclosures to active participants are approved automatically, unless an overlap applies. */
  | 'OPEN'
  /** No item is ever disclosed; only the facilitator's publications. */
  | 'RESTRICTED';

/** What one unit of contribution in an area is worth. */
export type AreaValueInput = {
  /** The id of the area. */
  areaId: string | number;
  /**
   * The value, a decimal in the ledger's scale.
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value?: string | null | undefined;
  /** The value in the ledger's scale, at most 2 decimals (required unless the deprecated value is given). */
  valueDecimal?: string | null | undefined;
};

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

/** How the ledger values contributions. */
export type LedgerSettingsInput = {
  /** Values per area. */
  areaValues?: Array<AreaValueInput>;
  /** ISO 4217, for the money scale. */
  currency?: string | null | undefined;
  /**
   * "Give first, then receive": the tolerated gap (received minus given).
   * @deprecated Use reciprocityThresholdDecimal instead. Removed after 2027-06-30.
   */
  reciprocityThreshold?: string | null | undefined;
  /** "Give first, then receive": the tolerated gap (received minus given), at most 2 decimals; null: none. */
  reciprocityThresholdDecimal?: string | null | undefined;
  /** The scale values are given in. */
  valuationScale: ValuationScale;
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

/** The facilitator's ruling on a disputed ledger entry. */
export type SettleLedgerDisputeInput = {
  /** Why, in a few words. */
  reason: string;
  /** True to uphold the entry as declared (it counts), false to void it. */
  uphold: boolean;
};

/** What ledger values are given in. */
export type ValuationScale =
  /** Money, in the collaboration's currency. */
  | 'MONEY'
  /** Points agreed in the collaboration. */
  | 'POINTS';

export type ConsoleLedgerSettingsFragment = { valuationScale: Types.ValuationScale, currency: string | null, reciprocityThreshold: string | null, scaleLocked: boolean, areaValues: Array<{ areaId: string, value: string }> };

export type ConsoleLedgerQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsoleLedgerQuery = { collaboration: { id: string, status: Types.CollaborationStatus, participations: Array<{ id: string, status: Types.ParticipationStatus, organization: { id: string, name: string } }>, areas: { nodes: Array<{ id: string, name: string, sensitivity: Types.AreaSensitivity }> }, pledges: { nodes: Array<{ id: string, status: Types.PledgeStatus, contributionType: Types.ContributionType, description: string, dueOn: string, overdue: boolean, pledgerOrganizationId: string, receiverOrganizationId: string | null, cancelReason: string | null, fulfilledByEntryIds: Array<string> }> } }, ledgerSettings: { valuationScale: Types.ValuationScale, currency: string | null, reciprocityThreshold: string | null, scaleLocked: boolean, areaValues: Array<{ areaId: string, value: string }> }, ledgerBalances: { organizations: Array<{ organizationId: string, given: string, received: string, net: string }>, pairs: Array<{ giverOrganizationId: string, receiverOrganizationId: string | null, value: string }> }, pendingEntries: { totalCount: number }, disputedEntries: { totalCount: number } };

export type ConsoleLedgerEntriesQueryVariables = Exact<{
  collaborationId: string | number;
  status?: Types.LedgerEntryStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleLedgerEntriesQuery = { ledgerEntries: { totalCount: number, nodes: Array<{ id: string, giverOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, value: string, occurredOn: string, source: Types.LedgerEntrySource, status: Types.LedgerEntryStatus, disputeReason: string | null, settleReason: string | null, createdAt: string }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export type ConsoleConfirmLedgerEntryMutationVariables = Exact<{
  entryId: string | number;
}>;


export type ConsoleConfirmLedgerEntryMutation = { confirmLedgerEntry: { id: string, giverOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, value: string, occurredOn: string, source: Types.LedgerEntrySource, status: Types.LedgerEntryStatus, disputeReason: string | null, settleReason: string | null, createdAt: string } };

export type ConsoleDisputeLedgerEntryMutationVariables = Exact<{
  entryId: string | number;
  input: Types.ReasonRequiredInput;
}>;


export type ConsoleDisputeLedgerEntryMutation = { disputeLedgerEntry: { id: string, giverOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, value: string, occurredOn: string, source: Types.LedgerEntrySource, status: Types.LedgerEntryStatus, disputeReason: string | null, settleReason: string | null, createdAt: string } };

export type ConsoleSettleLedgerDisputeMutationVariables = Exact<{
  entryId: string | number;
  input: Types.SettleLedgerDisputeInput;
}>;


export type ConsoleSettleLedgerDisputeMutation = { settleLedgerDispute: { id: string, giverOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, value: string, occurredOn: string, source: Types.LedgerEntrySource, status: Types.LedgerEntryStatus, disputeReason: string | null, settleReason: string | null, createdAt: string } };

export type ConsoleSetLedgerSettingsMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.LedgerSettingsInput;
}>;


export type ConsoleSetLedgerSettingsMutation = { setLedgerSettings: { valuationScale: Types.ValuationScale, currency: string | null, reciprocityThreshold: string | null, scaleLocked: boolean, areaValues: Array<{ areaId: string, value: string }> } };

export const ConsoleLedgerSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleLedgerSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuationScale"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocityThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"scaleLocked"}},{"kind":"Field","name":{"kind":"Name","value":"areaValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ConsoleLedgerSettingsFragment, unknown>;
export const ConsoleLedgerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLedger"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pledges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"pledgerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"fulfilledByEntryIds"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleLedgerSettings"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledgerBalances"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pendingEntries"},"name":{"kind":"Name","value":"ledgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"PENDING"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"disputedEntries"},"name":{"kind":"Name","value":"ledgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"DISPUTED"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleLedgerSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuationScale"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocityThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"scaleLocked"}},{"kind":"Field","name":{"kind":"Name","value":"areaValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ConsoleLedgerQuery, ConsoleLedgerQueryVariables>;
export const ConsoleLedgerEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleLedgerEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntryStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"settleReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<ConsoleLedgerEntriesQuery, ConsoleLedgerEntriesQueryVariables>;
export const ConsoleConfirmLedgerEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleConfirmLedgerEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmLedgerEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"settleReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleConfirmLedgerEntryMutation, ConsoleConfirmLedgerEntryMutationVariables>;
export const ConsoleDisputeLedgerEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDisputeLedgerEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReasonRequiredInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disputeLedgerEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"settleReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleDisputeLedgerEntryMutation, ConsoleDisputeLedgerEntryMutationVariables>;
export const ConsoleSettleLedgerDisputeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSettleLedgerDispute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SettleLedgerDisputeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"settleLedgerDispute"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"settleReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleSettleLedgerDisputeMutation, ConsoleSettleLedgerDisputeMutationVariables>;
export const ConsoleSetLedgerSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetLedgerSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerSettingsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setLedgerSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleLedgerSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleLedgerSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerSettings"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valuationScale"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"reciprocityThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"scaleLocked"}},{"kind":"Field","name":{"kind":"Name","value":"areaValues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]} as unknown as DocumentNode<ConsoleSetLedgerSettingsMutation, ConsoleSetLedgerSettingsMutationVariables>;
export function useConsoleLedgerQuery(options: useQuery.Options<ConsoleLedgerQuery, ConsoleLedgerQueryVariables>) {
  return useQuery<ConsoleLedgerQuery, ConsoleLedgerQueryVariables>(ConsoleLedgerDocument, options as useQuery.Options<ConsoleLedgerQuery, ConsoleLedgerQueryVariables>);
}

export function useConsoleLedgerLazyQuery(options?: useLazyQuery.Options<ConsoleLedgerQuery, ConsoleLedgerQueryVariables>) {
  return useLazyQuery<ConsoleLedgerQuery, ConsoleLedgerQueryVariables>(ConsoleLedgerDocument, options);
}

export function useConsoleLedgerEntriesQuery(options: useQuery.Options<ConsoleLedgerEntriesQuery, ConsoleLedgerEntriesQueryVariables>) {
  return useQuery<ConsoleLedgerEntriesQuery, ConsoleLedgerEntriesQueryVariables>(ConsoleLedgerEntriesDocument, options as useQuery.Options<ConsoleLedgerEntriesQuery, ConsoleLedgerEntriesQueryVariables>);
}

export function useConsoleLedgerEntriesLazyQuery(options?: useLazyQuery.Options<ConsoleLedgerEntriesQuery, ConsoleLedgerEntriesQueryVariables>) {
  return useLazyQuery<ConsoleLedgerEntriesQuery, ConsoleLedgerEntriesQueryVariables>(ConsoleLedgerEntriesDocument, options);
}

export function useConsoleConfirmLedgerEntryMutation(options?: useMutation.Options<ConsoleConfirmLedgerEntryMutation, ConsoleConfirmLedgerEntryMutationVariables>) {
  return useMutation<ConsoleConfirmLedgerEntryMutation, ConsoleConfirmLedgerEntryMutationVariables>(ConsoleConfirmLedgerEntryDocument, options);
}

export function useConsoleDisputeLedgerEntryMutation(options?: useMutation.Options<ConsoleDisputeLedgerEntryMutation, ConsoleDisputeLedgerEntryMutationVariables>) {
  return useMutation<ConsoleDisputeLedgerEntryMutation, ConsoleDisputeLedgerEntryMutationVariables>(ConsoleDisputeLedgerEntryDocument, options);
}

export function useConsoleSettleLedgerDisputeMutation(options?: useMutation.Options<ConsoleSettleLedgerDisputeMutation, ConsoleSettleLedgerDisputeMutationVariables>) {
  return useMutation<ConsoleSettleLedgerDisputeMutation, ConsoleSettleLedgerDisputeMutationVariables>(ConsoleSettleLedgerDisputeDocument, options);
}

export function useConsoleSetLedgerSettingsMutation(options?: useMutation.Options<ConsoleSetLedgerSettingsMutation, ConsoleSetLedgerSettingsMutationVariables>) {
  return useMutation<ConsoleSetLedgerSettingsMutation, ConsoleSetLedgerSettingsMutationVariables>(ConsoleSetLedgerSettingsDocument, options);
}
