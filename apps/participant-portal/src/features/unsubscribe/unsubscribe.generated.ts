/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How a user hears of a kind of notification besides the app. */
export type NotificationDelivery =
  /** In one email a day, the daily digest. */
  | 'DAILY'
  /** An email as it happens. */
  | 'IMMEDIATE'
  /** No email: only in the app. */
  | 'IN_APP';

/** What a notification is about. */
export type NotificationKind =
  | 'ACTIVITY_DECLARATION_CHANGED'
  | 'BENCHMARK_CLOSED'
  | 'BENCHMARK_OPEN'
  | 'BENCHMARK_PUBLISHED'
  | 'DISCLOSURE_DECIDED'
  | 'DISCLOSURE_PENDING'
  | 'GRANT_RECEIVED'
  | 'GRANT_REVOKED'
  | 'INQUIRY_ANSWERED'
  | 'INQUIRY_ASKED'
  | 'INQUIRY_PUBLISHED'
  | 'LEDGER_DISPUTED'
  | 'LEDGER_PLEDGE_OVERDUE'
  | 'LEDGER_TO_CONFIRM'
  | 'PLAN_OVERDUE'
  | 'PLAN_PROPOSAL'
  | 'PLAN_TASK_ASSIGNED'
  | 'WEBHOOK_PAUSED';

export type PortalUnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type PortalUnsubscribeMutation = { unsubscribe: { kind: Types.NotificationKind, delivery: Types.NotificationDelivery, defaultDelivery: Types.NotificationDelivery } };


export const PortalUnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"token"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"token"},"value":{"kind":"Variable","name":{"kind":"Name","value":"token"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDelivery"}}]}}]} as unknown as DocumentNode<PortalUnsubscribeMutation, PortalUnsubscribeMutationVariables>;
export function usePortalUnsubscribeMutation(options?: useMutation.Options<PortalUnsubscribeMutation, PortalUnsubscribeMutationVariables>) {
  return useMutation<PortalUnsubscribeMutation, PortalUnsubscribeMutationVariables>(PortalUnsubscribeDocument, options);
}
