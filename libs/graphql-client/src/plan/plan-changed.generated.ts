/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useSubscription } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of plan element a live plan event is about. */
export type PlanElementKind =
  /** An indicator. */
  | 'INDICATOR'
  /** A milestone. */
  | 'MILESTONE'
  /** An objective. */
  | 'OBJECTIVE'
  /** A progress update. */
  | 'PROGRESS_UPDATE'
  /** A resource. */
  | 'RESOURCE'
  /** A task. */
  | 'TASK';

export type PlanChangedSubscriptionVariables = Exact<{
  collaborationId: string | number;
}>;


export type PlanChangedSubscription = { planChanged: { collaborationId: string, kind: Types.PlanElementKind, elementId: string } };


export const PlanChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"PlanChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"elementId"}}]}}]}}]} as unknown as DocumentNode<PlanChangedSubscription, PlanChangedSubscriptionVariables>;
export function usePlanChangedSubscription(options: useSubscription.Options<PlanChangedSubscription, PlanChangedSubscriptionVariables>) {
  return useSubscription<PlanChangedSubscription, PlanChangedSubscriptionVariables>(PlanChangedDocument, options as useSubscription.Options<PlanChangedSubscription, PlanChangedSubscriptionVariables>);
}
