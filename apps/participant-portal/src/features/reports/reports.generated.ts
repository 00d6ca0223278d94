/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useQuery } from '@apollo/client/react';
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

/** What ledger values are given in. */
export type ValuationScale =
  /** Money, in the collaboration's currency. */
  | 'MONEY'
  /** Points agreed in the collaboration. */
  | 'POINTS';

export type PortalReportOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PortalReportOrganizationsQuery = { organizations: { nodes: Array<{ id: string, name: string }> } };

export type PortalOrganizationCollaborationReportFragment = { collaborationId: string, title: string, status: Types.CollaborationStatus, participationStatus: Types.ParticipationStatus, given: string, received: string, net: string, valuationScale: Types.ValuationScale, currency: string | null, givenEntries: number, receivedEntries: number, entriesToConfirm: number, grantsReceived: number, grantsReceivedActive: number, itemsSeen: number, grantsGiven: number, requestsMade: number, requestsApproved: number, requestsRejected: number, requestsPending: number, pledgesOpen: number, pledgesFulfilled: number };

export type PortalOrganizationReportQueryVariables = Exact<{
  organizationId: string | number;
}>;


export type PortalOrganizationReportQuery = { organizationReport: { organizationId: string, name: string, generatedAt: string, collaborations: Array<{ collaborationId: string, title: string, status: Types.CollaborationStatus, participationStatus: Types.ParticipationStatus, given: string, received: string, net: string, valuationScale: Types.ValuationScale, currency: string | null, givenEntries: number, receivedEntries: number, entriesToConfirm: number, grantsReceived: number, grantsReceivedActive: number, itemsSeen: number, grantsGiven: number, requestsMade: number, requestsApproved: number, requestsRejected: number, requestsPending: number, pledgesOpen: number, pledgesFulfilled: number }> } };

export const PortalOrganizationCollaborationReportFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationCollaborationReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCollaborationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"valuationScale"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"givenEntries"}},{"kind":"Field","name":{"kind":"Name","value":"receivedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"entriesToConfirm"}},{"kind":"Field","name":{"kind":"Name","value":"grantsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"grantsReceivedActive"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"grantsGiven"}},{"kind":"Field","name":{"kind":"Name","value":"requestsMade"}},{"kind":"Field","name":{"kind":"Name","value":"requestsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"requestsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPending"}},{"kind":"Field","name":{"kind":"Name","value":"pledgesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"pledgesFulfilled"}}]}}]} as unknown as DocumentNode<PortalOrganizationCollaborationReportFragment, unknown>;
export const PortalReportOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalReportOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mine"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PortalReportOrganizationsQuery, PortalReportOrganizationsQueryVariables>;
export const PortalOrganizationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalOrganizationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"organizationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"generatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"collaborations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PortalOrganizationCollaborationReport"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PortalOrganizationCollaborationReport"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OrganizationCollaborationReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participationStatus"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"net"}},{"kind":"Field","name":{"kind":"Name","value":"valuationScale"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"givenEntries"}},{"kind":"Field","name":{"kind":"Name","value":"receivedEntries"}},{"kind":"Field","name":{"kind":"Name","value":"entriesToConfirm"}},{"kind":"Field","name":{"kind":"Name","value":"grantsReceived"}},{"kind":"Field","name":{"kind":"Name","value":"grantsReceivedActive"}},{"kind":"Field","name":{"kind":"Name","value":"itemsSeen"}},{"kind":"Field","name":{"kind":"Name","value":"grantsGiven"}},{"kind":"Field","name":{"kind":"Name","value":"requestsMade"}},{"kind":"Field","name":{"kind":"Name","value":"requestsApproved"}},{"kind":"Field","name":{"kind":"Name","value":"requestsRejected"}},{"kind":"Field","name":{"kind":"Name","value":"requestsPending"}},{"kind":"Field","name":{"kind":"Name","value":"pledgesOpen"}},{"kind":"Field","name":{"kind":"Name","value":"pledgesFulfilled"}}]}}]} as unknown as DocumentNode<PortalOrganizationReportQuery, PortalOrganizationReportQueryVariables>;
export function usePortalReportOrganizationsQuery(options?: useQuery.Options<PortalReportOrganizationsQuery, PortalReportOrganizationsQueryVariables>) {
  return useQuery<PortalReportOrganizationsQuery, PortalReportOrganizationsQueryVariables>(PortalReportOrganizationsDocument, options as useQuery.Options<PortalReportOrganizationsQuery, PortalReportOrganizationsQueryVariables>);
}

export function usePortalReportOrganizationsLazyQuery(options?: useLazyQuery.Options<PortalReportOrganizationsQuery, PortalReportOrganizationsQueryVariables>) {
  return useLazyQuery<PortalReportOrganizationsQuery, PortalReportOrganizationsQueryVariables>(PortalReportOrganizationsDocument, options);
}

export function usePortalOrganizationReportQuery(options: useQuery.Options<PortalOrganizationReportQuery, PortalOrganizationReportQueryVariables>) {
  return useQuery<PortalOrganizationReportQuery, PortalOrganizationReportQueryVariables>(PortalOrganizationReportDocument, options as useQuery.Options<PortalOrganizationReportQuery, PortalOrganizationReportQueryVariables>);
}

export function usePortalOrganizationReportLazyQuery(options?: useLazyQuery.Options<PortalOrganizationReportQuery, PortalOrganizationReportQueryVariables>) {
  return useLazyQuery<PortalOrganizationReportQuery, PortalOrganizationReportQueryVariables>(PortalOrganizationReportDocument, options);
}
