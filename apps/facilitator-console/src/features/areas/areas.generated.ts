/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A new area of exchange. */
export type AreaInput = {
  /** What the area covers. */
  description?: string;
  /** The area's name. */
  name: string;
  /** How freely information flows in it. */
  sensitivity: AreaSensitivity;
};

/** How freely information flows in an area of exchange. */
export type AreaSensitivity =
  /** Every disclosure needs the facilitator's decision. */
  | 'MODERATED'
  /** Disclosures to active participants are approved automatically, unless an overlap applies. */
  | 'OPEN'
  /** No item is ever disclosed; only the facilitator's publications. */
  | 'RESTRICTED';

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

/** Organizations that compete in an area. */
export type OverlapInput = {
  /** Your own note: nobody else reads it. */
  note?: string;
  /** The ids of the organizations, at least two. */
  organizationIds: Array<string | number>;
  /** What the organizations involved will read. */
  sharedNote?: string;
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

/** Whether an area is archived. */
export type SetAreaArchivedInput = {
  /** True to archive the area, false to restore it. */
  archived: boolean;
};

/** Changes to an area; omitted fields stay as they are. */
export type UpdateAreaInput = {
  /** The new description. */
  description?: string | null | undefined;
  /** The new name. */
  name?: string | null | undefined;
  /** How freely information flows in it. */
  sensitivity?: AreaSensitivity | null | undefined;
};

export type ConsoleAreaFragment = { id: string, name: string, description: string, sensitivity: Types.AreaSensitivity, position: number, archivedAt: string | null };

export type ConsoleOverlapFragment = { id: string, areaId: string, organizationIds: Array<string>, note: string | null, sharedNote: string, createdAt: string };

export type ConsoleAreasQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type ConsoleAreasQuery = { collaboration: { id: string, status: Types.CollaborationStatus, participations: Array<{ id: string, status: Types.ParticipationStatus, active: boolean, organizationId: string, organization: { id: string, name: string } }>, areas: { nodes: Array<{ id: string, name: string, description: string, sensitivity: Types.AreaSensitivity, position: number, archivedAt: string | null }> }, overlaps: { nodes: Array<{ id: string, areaId: string, organizationIds: Array<string>, note: string | null, sharedNote: string, createdAt: string }> } } };

export type ConsoleCreateAreaMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.AreaInput;
}>;


export type ConsoleCreateAreaMutation = { createArea: { id: string, name: string, description: string, sensitivity: Types.AreaSensitivity, position: number, archivedAt: string | null } };

export type ConsoleUpdateAreaMutationVariables = Exact<{
  areaId: string | number;
  input: Types.UpdateAreaInput;
}>;


export type ConsoleUpdateAreaMutation = { updateArea: { id: string, name: string, description: string, sensitivity: Types.AreaSensitivity, position: number, archivedAt: string | null } };

export type ConsoleDeclareOverlapMutationVariables = Exact<{
  areaId: string | number;
  input: Types.OverlapInput;
}>;


export type ConsoleDeclareOverlapMutation = { declareOverlap: { id: string, areaId: string, organizationIds: Array<string>, note: string | null, sharedNote: string, createdAt: string } };

export type ConsoleRemoveOverlapMutationVariables = Exact<{
  overlapId: string | number;
}>;


export type ConsoleRemoveOverlapMutation = { removeOverlap: { id: string } };

export type ConsoleSetAreaArchivedMutationVariables = Exact<{
  areaId: string | number;
  input: Types.SetAreaArchivedInput;
}>;


export type ConsoleSetAreaArchivedMutation = { setAreaArchived: { id: string, name: string, description: string, sensitivity: Types.AreaSensitivity, position: number, archivedAt: string | null } };

export const ConsoleAreaFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<ConsoleAreaFragment, unknown>;
export const ConsoleOverlapFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOverlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Overlap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleOverlapFragment, unknown>;
export const ConsoleAreasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleAreas"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"areas"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleArea"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"overlaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOverlap"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOverlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Overlap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleAreasQuery, ConsoleAreasQueryVariables>;
export const ConsoleCreateAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleCreateArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleArea"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<ConsoleCreateAreaMutation, ConsoleCreateAreaMutationVariables>;
export const ConsoleUpdateAreaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUpdateArea"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAreaInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateArea"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleArea"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<ConsoleUpdateAreaMutation, ConsoleUpdateAreaMutationVariables>;
export const ConsoleDeclareOverlapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleDeclareOverlap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverlapInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareOverlap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleOverlap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleOverlap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Overlap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"areaId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationIds"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sharedNote"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ConsoleDeclareOverlapMutation, ConsoleDeclareOverlapMutationVariables>;
export const ConsoleRemoveOverlapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleRemoveOverlap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overlapId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOverlap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"overlapId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overlapId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ConsoleRemoveOverlapMutation, ConsoleRemoveOverlapMutationVariables>;
export const ConsoleSetAreaArchivedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleSetAreaArchived"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetAreaArchivedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAreaArchived"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"areaId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areaId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleArea"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleArea"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Area"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"sensitivity"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]} as unknown as DocumentNode<ConsoleSetAreaArchivedMutation, ConsoleSetAreaArchivedMutationVariables>;
export function useConsoleAreasQuery(options: useQuery.Options<ConsoleAreasQuery, ConsoleAreasQueryVariables>) {
  return useQuery<ConsoleAreasQuery, ConsoleAreasQueryVariables>(ConsoleAreasDocument, options as useQuery.Options<ConsoleAreasQuery, ConsoleAreasQueryVariables>);
}

export function useConsoleAreasLazyQuery(options?: useLazyQuery.Options<ConsoleAreasQuery, ConsoleAreasQueryVariables>) {
  return useLazyQuery<ConsoleAreasQuery, ConsoleAreasQueryVariables>(ConsoleAreasDocument, options);
}

export function useConsoleCreateAreaMutation(options?: useMutation.Options<ConsoleCreateAreaMutation, ConsoleCreateAreaMutationVariables>) {
  return useMutation<ConsoleCreateAreaMutation, ConsoleCreateAreaMutationVariables>(ConsoleCreateAreaDocument, options);
}

export function useConsoleUpdateAreaMutation(options?: useMutation.Options<ConsoleUpdateAreaMutation, ConsoleUpdateAreaMutationVariables>) {
  return useMutation<ConsoleUpdateAreaMutation, ConsoleUpdateAreaMutationVariables>(ConsoleUpdateAreaDocument, options);
}

export function useConsoleDeclareOverlapMutation(options?: useMutation.Options<ConsoleDeclareOverlapMutation, ConsoleDeclareOverlapMutationVariables>) {
  return useMutation<ConsoleDeclareOverlapMutation, ConsoleDeclareOverlapMutationVariables>(ConsoleDeclareOverlapDocument, options);
}

export function useConsoleRemoveOverlapMutation(options?: useMutation.Options<ConsoleRemoveOverlapMutation, ConsoleRemoveOverlapMutationVariables>) {
  return useMutation<ConsoleRemoveOverlapMutation, ConsoleRemoveOverlapMutationVariables>(ConsoleRemoveOverlapDocument, options);
}

export function useConsoleSetAreaArchivedMutation(options?: useMutation.Options<ConsoleSetAreaArchivedMutation, ConsoleSetAreaArchivedMutationVariables>) {
  return useMutation<ConsoleSetAreaArchivedMutation, ConsoleSetAreaArchivedMutationVariables>(ConsoleSetAreaArchivedDocument, options);
}
