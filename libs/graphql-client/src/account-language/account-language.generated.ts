/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useMutation } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A language of the interface and of the emails a person receives. */
export type Locale =
  /** English */
  | 'EN'
  /** Español */
  | 'ES';

/** The language of your account. */
export type SetMyLanguageInput = {
  /** The language for the web apps and emails. */
  locale: Locale;
};

export type SetMyLanguageMutationVariables = Exact<{
  input: Types.SetMyLanguageInput;
}>;


export type SetMyLanguageMutation = { setMyLanguage: { id: string, locale: Types.Locale } };


export const SetMyLanguageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMyLanguage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMyLanguageInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMyLanguage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}}]}}]}}]} as unknown as DocumentNode<SetMyLanguageMutation, SetMyLanguageMutationVariables>;
export function useSetMyLanguageMutation(options?: useMutation.Options<SetMyLanguageMutation, SetMyLanguageMutationVariables>) {
  return useMutation<SetMyLanguageMutation, SetMyLanguageMutationVariables>(SetMyLanguageDocument, options);
}
