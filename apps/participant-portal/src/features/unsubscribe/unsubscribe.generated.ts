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
  /** An organization changed what it declared of its activity. */
  | 'ACTIVITY_DECLARATION_CHANGED'
  /** A benchmark round closed. */
  | 'BENCHMARK_CLOSED'
  /** A benchmark round opened for submissions. */
  | 'BENCHMARK_OPEN'
  /** A benchmark round's results were published. */
  | 'BENCHMARK_PUBLISHED'
  /** The facilitator decided on a disclosure request. */
  | 'DISCLOSURE_DECIDED'
  /** A disclosure request waits for the facilitator. */
  | 'DISCLOSURE_PENDING'
  /** Something was shared with the organization. */
  | 'GRANT_RECEIVED'
  /** Something shared with the organization was revoked. */
  | 'GRANT_REVOKED'
  /** A question was answered. */
  | 'INQUIRY_ANSWERED'
  /** A question was asked. */
  | 'INQUIRY_ASKED'
  /** A question and its answer were published. */
  | 'INQUIRY_PUBLISHED'
  /** A ledger entry is disputed. */
  | 'LEDGER_DISPUTED'
  /** A pledge is past its due date. */
  | 'LEDGER_PLEDGE_OVERDUE'
  /** A ledger entry waits for confirmation. */
  | 'LEDGER_TO_CONFIRM'
  /** A milestone or task is past its due date. */
  | 'PLAN_OVERDUE'
  /** A participant proposed a milestone or task. */
  | 'PLAN_PROPOSAL'
  /** A task was assigned to the organization. */
  | 'PLAN_TASK_ASSIGNED'
  /** A webhook endpoint the viewer keeps was paused after repeated failures. */
  | 'WEBHOOK_PAUSED';

/** The link in a notification email. */
export type UnsubscribeInput = {
  /** The token of the link in a notification email. */
  token: string;
};

export type PortalUnsubscribeMutationVariables = Exact<{
  input: Types.UnsubscribeInput;
}>;


export type PortalUnsubscribeMutation = { unsubscribe: { kind: Types.NotificationKind, delivery: Types.NotificationDelivery, defaultDelivery: Types.NotificationDelivery } };


export const PortalUnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalUnsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UnsubscribeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationPreferenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationPreferenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreference"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"defaultDelivery"}}]}}]} as unknown as DocumentNode<PortalUnsubscribeMutation, PortalUnsubscribeMutationVariables>;
export function usePortalUnsubscribeMutation(options?: useMutation.Options<PortalUnsubscribeMutation, PortalUnsubscribeMutationVariables>) {
  return useMutation<PortalUnsubscribeMutation, PortalUnsubscribeMutationVariables>(PortalUnsubscribeDocument, options);
}
