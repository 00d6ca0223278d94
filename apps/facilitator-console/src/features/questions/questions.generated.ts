/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AnswerQuestionInput = {
  /** Read by the asking organization only. */
  answer: string;
};

export type CollaborationStatus =
  | 'ACTIVE'
  | 'CLOSED'
  | 'CLOSING'
  | 'DRAFT';

export type PublishQuestionInput = {
  /** The answer as every participant will read it. */
  answer: string;
  /** The question as every participant will read it: remove what identifies the asker. */
  question: string;
};

/** OPEN: waiting for the facilitator; ANSWERED: answered in private; PUBLISHED: an anonymised version was published to every active participant. */
export type QuestionStatus =
  | 'ANSWERED'
  | 'OPEN'
  | 'PUBLISHED';

export type ConsoleQuestionFragment = { id: string, askerOrganizationId: string, askerOrganizationName: string, askedByName: string, subject: string | null, body: string, status: Types.QuestionStatus, answer: string | null, answeredAt: string | null, askedAt: string, publication: { id: string, question: string, answer: string, publishedAt: string } | null };

export type ConsoleQuestionsQueryVariables = Exact<{
  collaborationId: string | number;
  status?: Types.QuestionStatus | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;


export type ConsoleQuestionsQuery = { questions: { totalCount: number, pageInfo: { endCursor: string | null, hasNextPage: boolean }, nodes: Array<{ id: string, askerOrganizationId: string, askerOrganizationName: string, askedByName: string, subject: string | null, body: string, status: Types.QuestionStatus, answer: string | null, answeredAt: string | null, askedAt: string, publication: { id: string, question: string, answer: string, publishedAt: string } | null }> } };

export type ConsoleQuestionQueryVariables = Exact<{
  id: string | number;
  collaborationId: string | number;
}>;


export type ConsoleQuestionQuery = { question: { id: string, askerOrganizationId: string, askerOrganizationName: string, askedByName: string, subject: string | null, body: string, status: Types.QuestionStatus, answer: string | null, answeredAt: string | null, askedAt: string, publication: { id: string, question: string, answer: string, publishedAt: string } | null }, collaboration: { id: string, status: Types.CollaborationStatus } };

export type ConsoleAnswerQuestionMutationVariables = Exact<{
  id: string | number;
  input: Types.AnswerQuestionInput;
}>;


export type ConsoleAnswerQuestionMutation = { answerQuestion: { id: string, askerOrganizationId: string, askerOrganizationName: string, askedByName: string, subject: string | null, body: string, status: Types.QuestionStatus, answer: string | null, answeredAt: string | null, askedAt: string, publication: { id: string, question: string, answer: string, publishedAt: string } | null } };

export type ConsolePublishQuestionMutationVariables = Exact<{
  id: string | number;
  input: Types.PublishQuestionInput;
}>;


export type ConsolePublishQuestionMutation = { publishQuestion: { id: string, askerOrganizationId: string, askerOrganizationName: string, askedByName: string, subject: string | null, body: string, status: Types.QuestionStatus, answer: string | null, answeredAt: string | null, askedAt: string, publication: { id: string, question: string, answer: string, publishedAt: string } | null } };

export type ConsoleUnpublishQuestionMutationVariables = Exact<{
  id: string | number;
}>;


export type ConsoleUnpublishQuestionMutation = { unpublishQuestion: { id: string, askerOrganizationId: string, askerOrganizationName: string, askedByName: string, subject: string | null, body: string, status: Types.QuestionStatus, answer: string | null, answeredAt: string | null, askedAt: string, publication: { id: string, question: string, answer: string, publishedAt: string } | null } };

export const ConsoleQuestionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleQuestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"askedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleQuestionFragment, unknown>;
export const ConsoleQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"collaborationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleQuestion"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleQuestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"askedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleQuestionsQuery, ConsoleQuestionsQueryVariables>;
export const ConsoleQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ConsoleQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleQuestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"collaborationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleQuestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"askedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleQuestionQuery, ConsoleQuestionQueryVariables>;
export const ConsoleAnswerQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleAnswerQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleQuestion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleQuestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"askedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleAnswerQuestionMutation, ConsoleAnswerQuestionMutationVariables>;
export const ConsolePublishQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsolePublishQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleQuestion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleQuestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"askedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ConsolePublishQuestionMutation, ConsolePublishQuestionMutationVariables>;
export const ConsoleUnpublishQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConsoleUnpublishQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unpublishQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ConsoleQuestion"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ConsoleQuestion"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"askerOrganizationName"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"askedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]}}]} as unknown as DocumentNode<ConsoleUnpublishQuestionMutation, ConsoleUnpublishQuestionMutationVariables>;
export function useConsoleQuestionsQuery(options: useQuery.Options<ConsoleQuestionsQuery, ConsoleQuestionsQueryVariables>) {
  return useQuery<ConsoleQuestionsQuery, ConsoleQuestionsQueryVariables>(ConsoleQuestionsDocument, options as useQuery.Options<ConsoleQuestionsQuery, ConsoleQuestionsQueryVariables>);
}

export function useConsoleQuestionsLazyQuery(options?: useLazyQuery.Options<ConsoleQuestionsQuery, ConsoleQuestionsQueryVariables>) {
  return useLazyQuery<ConsoleQuestionsQuery, ConsoleQuestionsQueryVariables>(ConsoleQuestionsDocument, options);
}

export function useConsoleQuestionQuery(options: useQuery.Options<ConsoleQuestionQuery, ConsoleQuestionQueryVariables>) {
  return useQuery<ConsoleQuestionQuery, ConsoleQuestionQueryVariables>(ConsoleQuestionDocument, options as useQuery.Options<ConsoleQuestionQuery, ConsoleQuestionQueryVariables>);
}

export function useConsoleQuestionLazyQuery(options?: useLazyQuery.Options<ConsoleQuestionQuery, ConsoleQuestionQueryVariables>) {
  return useLazyQuery<ConsoleQuestionQuery, ConsoleQuestionQueryVariables>(ConsoleQuestionDocument, options);
}

export function useConsoleAnswerQuestionMutation(options?: useMutation.Options<ConsoleAnswerQuestionMutation, ConsoleAnswerQuestionMutationVariables>) {
  return useMutation<ConsoleAnswerQuestionMutation, ConsoleAnswerQuestionMutationVariables>(ConsoleAnswerQuestionDocument, options);
}

export function useConsolePublishQuestionMutation(options?: useMutation.Options<ConsolePublishQuestionMutation, ConsolePublishQuestionMutationVariables>) {
  return useMutation<ConsolePublishQuestionMutation, ConsolePublishQuestionMutationVariables>(ConsolePublishQuestionDocument, options);
}

export function useConsoleUnpublishQuestionMutation(options?: useMutation.Options<ConsoleUnpublishQuestionMutation, ConsoleUnpublishQuestionMutationVariables>) {
  return useMutation<ConsoleUnpublishQuestionMutation, ConsoleUnpublishQuestionMutationVariables>(ConsoleUnpublishQuestionDocument, options);
}
