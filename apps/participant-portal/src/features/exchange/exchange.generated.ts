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

/** Whether an organization seeks or offers something. */
export type EntryDirection =
  /** The organization offers it. */
  | 'OFFER'
  /** The organization seeks it. */
  | 'SEEK';

/** What kind of organization it is. */
export type OrganizationKind =
  /** An association. */
  | 'ASSOCIATION'
  /** A company. */
  | 'COMPANY'
  /** A self-employed entrepreneur. */
  | 'ENTREPRENEUR'
  /** Anything else. */
  | 'OTHER'
  /** A professional practice. */
  | 'PROFESSIONAL';

/** What an organization seeks or offers in the collaboration. */
export type ParticipationEntryInput = {
  /** What kind of contribution. */
  contributionType: ContributionType;
  /** What, in a few words. */
  description: string;
  /** Whether it seeks or offers it. */
  direction: EntryDirection;
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

/** Changes to an entry; omitted fields stay as they are. */
export type UpdateParticipationEntryInput = {
  /** The new kind of contribution. */
  contributionType?: ContributionType | null | undefined;
  /** The new description. */
  description?: string | null | undefined;
};

export type PortalExchangeEntryFragment = { id: string, direction: Types.EntryDirection, contributionType: Types.ContributionType, description: string, updatedAt: string };

export type PortalExchangeParticipationFragment = { id: string, status: Types.ParticipationStatus, active: boolean, organization: { id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string }, seeks: Array<{ id: string, direction: Types.EntryDirection, contributionType: Types.ContributionType, description: string, updatedAt: string }>, offers: Array<{ id: string, direction: Types.EntryDirection, contributionType: Types.ContributionType, description: string, updatedAt: string }> };

export type PortalExchangeQueryVariables = Exact<{
  id: string | number;
}>;


export type PortalExchangeQuery = { collaboration: { id: string, title: string, status: Types.CollaborationStatus, myParticipations: Array<{ id: string, status: Types.ParticipationStatus, active: boolean, organization: { id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string }, seeks: Array<{ id: string, direction: Types.EntryDirection, contributionType: Types.ContributionType, description: string, updatedAt: string }>, offers: Array<{ id: string, direction: Types.EntryDirection, contributionType: Types.ContributionType, description: string, updatedAt: string }> }>, participations: Array<{ id: string, status: Types.ParticipationStatus, active: boolean, organization: { id: string, name: string, kind: Types.OrganizationKind, whoWeAre: string, whatWeDo: string, whereWeAreGoing: string, mission: string }, seeks: Array<{ id: string, direction: Types.EntryDirection, contributionType: Types.ContributionType, description: string, updatedAt: string }>, offers: Array<{ id: string, direction: Types.EntryDirection, contributionType: Types.ContributionType, description: string, updatedAt: string }> }> } };

export type PortalAddParticipationEntryMutationVariables = Exact<{
  participationId: string | number;
  input: Types.ParticipationEntryInput;
}>;


export type PortalAddParticipationEntryMutation = { addParticipationEntry: { id: string, direction: Types.EntryDirection, contributionType: Types.ContributionType, description: string, updatedAt: string } };

export type PortalUpdateParticipationEntryMutationVariables = Exact<{
  entryId: string | number;
  input: Types.UpdateParticipationEntryInput;
}>;


export type PortalUpdateParticipationEntryMutation = { updateParticipationEntry: { id: string, direction: Types.EntryDirection, contributionType: Types.ContributionType, description: string, updatedAt: string } };

export type PortalRemoveParticipationEntryMutationVariables = Exact<{
  entryId: string | number;
}>;


export type PortalRemoveParticipationEntryMutation = { removeParticipationEntry: { id: string } };

export const PortalExchangeEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalExchangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PortalExchangeEntryFragment, unknown>;
export const PortalExchangeParticipationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalExchangeParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"whoWeAre"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDo"}},{"kind":"Field","name":{"kind":"Name","value":"whereWeAreGoing"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalExchangeEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalExchangeEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalExchangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PortalExchangeParticipationFragment, unknown>;
export const PortalExchangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalExchange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalExchangeParticipation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalExchangeParticipation"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalExchangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalExchangeParticipation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Participation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"whoWeAre"}},{"kind":"Field","name":{"kind":"Name","value":"whatWeDo"}},{"kind":"Field","name":{"kind":"Name","value":"whereWeAreGoing"}},{"kind":"Field","name":{"kind":"Name","value":"mission"}}]}},{"kind":"Field","name":{"kind":"Name","value":"seeks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalExchangeEntry"}}]}},{"kind":"Field","name":{"kind":"Name","value":"offers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalExchangeEntry"}}]}}]}}]} as unknown as DocumentNode<PortalExchangeQuery, PortalExchangeQueryVariables>;
export const PortalAddParticipationEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAddParticipationEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addParticipationEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"participationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"participationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalExchangeEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalExchangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PortalAddParticipationEntryMutation, PortalAddParticipationEntryMutationVariables>;
export const PortalUpdateParticipationEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalUpdateParticipationEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateParticipationEntryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateParticipationEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalExchangeEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalExchangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<PortalUpdateParticipationEntryMutation, PortalUpdateParticipationEntryMutationVariables>;
export const PortalRemoveParticipationEntryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalRemoveParticipationEntry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeParticipationEntry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entryId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entryId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PortalRemoveParticipationEntryMutation, PortalRemoveParticipationEntryMutationVariables>;
export function usePortalExchangeQuery(options: useQuery.Options<PortalExchangeQuery, PortalExchangeQueryVariables>) {
  return useQuery<PortalExchangeQuery, PortalExchangeQueryVariables>(PortalExchangeDocument, options as useQuery.Options<PortalExchangeQuery, PortalExchangeQueryVariables>);
}

export function usePortalExchangeLazyQuery(options?: useLazyQuery.Options<PortalExchangeQuery, PortalExchangeQueryVariables>) {
  return useLazyQuery<PortalExchangeQuery, PortalExchangeQueryVariables>(PortalExchangeDocument, options);
}

export function usePortalAddParticipationEntryMutation(options?: useMutation.Options<PortalAddParticipationEntryMutation, PortalAddParticipationEntryMutationVariables>) {
  return useMutation<PortalAddParticipationEntryMutation, PortalAddParticipationEntryMutationVariables>(PortalAddParticipationEntryDocument, options);
}

export function usePortalUpdateParticipationEntryMutation(options?: useMutation.Options<PortalUpdateParticipationEntryMutation, PortalUpdateParticipationEntryMutationVariables>) {
  return useMutation<PortalUpdateParticipationEntryMutation, PortalUpdateParticipationEntryMutationVariables>(PortalUpdateParticipationEntryDocument, options);
}

export function usePortalRemoveParticipationEntryMutation(options?: useMutation.Options<PortalRemoveParticipationEntryMutation, PortalRemoveParticipationEntryMutationVariables>) {
  return useMutation<PortalRemoveParticipationEntryMutation, PortalRemoveParticipationEntryMutationVariables>(PortalRemoveParticipationEntryDocument, options);
}
