/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A question to the facilitator. */
export type AskQuestionInput = {
  /** Only the facilitator reads it. */
  body: string;
  /** Which of your organizations asks; defaults to yours in this collaboration. */
  organizationId?: string | number | null | undefined;
  /** Optional subject line. */
  subject?: string | null | undefined;
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

/** OPEN: waiting for the facilitator; ANSWERED: answered in private; PUBLISHED: an anonymised version was published to every active participant. */
export type QuestionStatus =
  /** The facilitator answered it. */
  | 'ANSWERED'
  /** It waits for an answer. */
  | 'OPEN'
  /** It was published with its answer. */
  | 'PUBLISHED';

export type PortalQuestionsAccessQueryVariables = Exact<{
  collaborationId: string | number;
}>;


export type PortalQuestionsAccessQuery = { collaboration: { id: string, status: Types.CollaborationStatus, myParticipations: Array<{ id: string, organizationId: string, active: boolean }> } };

export type PortalQuestionsQueryVariables = Exact<{
  collaborationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PortalQuestionsQuery = { questions: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, askedByName: string, subject: string | null, body: string, status: Types.QuestionStatus, answer: string | null, answeredAt: string | null, askedAt: string, publication: { id: string, question: string, answer: string, publishedAt: string } | null }> } };

export type PortalPublishedAnswersQueryVariables = Exact<{
  collaborationId: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type PortalPublishedAnswersQuery = { publishedAnswers: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, question: string, answer: string, publishedAt: string }> } };

export type PortalAskQuestionMutationVariables = Exact<{
  collaborationId: string | number;
  input: Types.AskQuestionInput;
}>;


export type PortalAskQuestionMutation = { askQuestion: { id: string, askedByName: string, subject: string | null, body: string, status: Types.QuestionStatus, answer: string | null, answeredAt: string | null, askedAt: string, publication: { id: string, question: string, answer: string, publishedAt: string } | null } };


export const PortalQuestionsAccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalQuestionsAccess"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"myParticipations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]}}]}}]} as unknown as DocumentNode<PortalQuestionsAccessQuery, PortalQuestionsAccessQueryVariables>;
export const PortalQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"askedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedAnswerFields"}}]}}]}}]} as unknown as DocumentNode<PortalQuestionsQuery, PortalQuestionsQueryVariables>;
export const PortalPublishedAnswersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PortalPublishedAnswers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishedAnswers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedAnswerFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<PortalPublishedAnswersQuery, PortalPublishedAnswersQueryVariables>;
export const PortalAskQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PortalAskQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"QuestionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"askedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedAnswerFields"}}]}}]}}]} as unknown as DocumentNode<PortalAskQuestionMutation, PortalAskQuestionMutationVariables>;
export function usePortalQuestionsAccessQuery(options: useQuery.Options<PortalQuestionsAccessQuery, PortalQuestionsAccessQueryVariables>) {
  return useQuery<PortalQuestionsAccessQuery, PortalQuestionsAccessQueryVariables>(PortalQuestionsAccessDocument, options as useQuery.Options<PortalQuestionsAccessQuery, PortalQuestionsAccessQueryVariables>);
}

export function usePortalQuestionsAccessLazyQuery(options?: useLazyQuery.Options<PortalQuestionsAccessQuery, PortalQuestionsAccessQueryVariables>) {
  return useLazyQuery<PortalQuestionsAccessQuery, PortalQuestionsAccessQueryVariables>(PortalQuestionsAccessDocument, options);
}

export function usePortalQuestionsQuery(options: useQuery.Options<PortalQuestionsQuery, PortalQuestionsQueryVariables>) {
  return useQuery<PortalQuestionsQuery, PortalQuestionsQueryVariables>(PortalQuestionsDocument, options as useQuery.Options<PortalQuestionsQuery, PortalQuestionsQueryVariables>);
}

export function usePortalQuestionsLazyQuery(options?: useLazyQuery.Options<PortalQuestionsQuery, PortalQuestionsQueryVariables>) {
  return useLazyQuery<PortalQuestionsQuery, PortalQuestionsQueryVariables>(PortalQuestionsDocument, options);
}

export function usePortalPublishedAnswersQuery(options: useQuery.Options<PortalPublishedAnswersQuery, PortalPublishedAnswersQueryVariables>) {
  return useQuery<PortalPublishedAnswersQuery, PortalPublishedAnswersQueryVariables>(PortalPublishedAnswersDocument, options as useQuery.Options<PortalPublishedAnswersQuery, PortalPublishedAnswersQueryVariables>);
}

export function usePortalPublishedAnswersLazyQuery(options?: useLazyQuery.Options<PortalPublishedAnswersQuery, PortalPublishedAnswersQueryVariables>) {
  return useLazyQuery<PortalPublishedAnswersQuery, PortalPublishedAnswersQueryVariables>(PortalPublishedAnswersDocument, options);
}

export function usePortalAskQuestionMutation(options?: useMutation.Options<PortalAskQuestionMutation, PortalAskQuestionMutationVariables>) {
  return useMutation<PortalAskQuestionMutation, PortalAskQuestionMutationVariables>(PortalAskQuestionDocument, options);
}
