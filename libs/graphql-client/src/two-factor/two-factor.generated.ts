/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import { useLazyQuery, useMutation, useQuery } from '@apollo/client/react';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What changed how an account signs in. */
export type AccountEventKind =
  /** A calendar feed was created. */
  | 'CALENDAR_FEED_CREATED'
  /** A calendar feed was revoked. */
  | 'CALENDAR_FEED_REVOKED'
  /** The sign-in email address was changed. */
  | 'EMAIL_CHANGED'
  /** A change of the email address was asked for. */
  | 'EMAIL_CHANGE_REQUESTED'
  /** The email address was confirmed. */
  | 'EMAIL_VERIFIED'
  /** Every other session was ended. */
  | 'OTHER_SESSIONS_ENDED'
  /** The password was changed. */
  | 'PASSWORD_CHANGED'
  /** New recovery codes were made; the old ones stopped working. */
  | 'RECOVERY_CODES_REGENERATED'
  /** A recovery code was used to sign in. */
  | 'RECOVERY_CODE_USED'
  /** Two-factor authentication was turned off. */
  | 'SECOND_FACTOR_DISABLED'
  /** Two-factor authentication was turned on. */
  | 'SECOND_FACTOR_ENABLED'
  /** An administrator removed the second factor. */
  | 'SECOND_FACTOR_RESET'
  /** A session was ended. */
  | 'SESSION_ENDED';

/** The second step of a sign-in with two-factor authentication. */
export type CompleteLoginInput = {
  /** The `secondFactorChallenge.token` that `login` answered. */
  challenge: string;
  /** The 6-digit code your authenticator app shows now. */
  code?: string | null | undefined;
  /** Or one of your recovery codes (each works once). */
  recoveryCode?: string | null | undefined;
};

/** What proves it is the account owner who turns the second factor off. */
export type DisableTwoFactorInput = {
  /** …or a code of your app, or a recovery code. */
  code?: string | null | undefined;
  /** Your password… */
  password?: string | null | undefined;
};

/** A language of the interface and of the emails a person receives. */
export type Locale =
  /** English */
  | 'EN'
  /** Español */
  | 'ES';

/** A code from the authenticator app. */
export type TwoFactorCodeInput = {
  /** The 6-digit code your authenticator app shows now. */
  code: string;
};

export type TwoFactorStatusFieldsFragment = { enabled: boolean, enabledAt: string | null, recoveryCodesLeft: number, required: boolean, setupRequired: boolean };

export type MyTwoFactorQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTwoFactorQuery = { myTwoFactor: { enabled: boolean, enabledAt: string | null, recoveryCodesLeft: number, required: boolean, setupRequired: boolean } };

export type StartTwoFactorSetupMutationVariables = Exact<{ [key: string]: never; }>;


export type StartTwoFactorSetupMutation = { startTwoFactorSetup: { secret: string, otpauthUri: string, qrCodeDataUrl: string } };

export type ConfirmTwoFactorSetupMutationVariables = Exact<{
  input: Types.TwoFactorCodeInput;
}>;


export type ConfirmTwoFactorSetupMutation = { confirmTwoFactorSetup: { codes: Array<string> } };

export type DisableTwoFactorMutationVariables = Exact<{
  input: Types.DisableTwoFactorInput;
}>;


export type DisableTwoFactorMutation = { disableTwoFactor: { enabled: boolean, enabledAt: string | null, recoveryCodesLeft: number, required: boolean, setupRequired: boolean } };

export type RegenerateRecoveryCodesMutationVariables = Exact<{
  input: Types.TwoFactorCodeInput;
}>;


export type RegenerateRecoveryCodesMutation = { regenerateRecoveryCodes: { codes: Array<string> } };

export type CompleteLoginMutationVariables = Exact<{
  input: Types.CompleteLoginInput;
}>;


export type CompleteLoginMutation = { completeLogin: { expiresAt: string | null, user: { id: string, email: string, displayName: string, isFacilitator: boolean, isPlatformAdmin: boolean, locale: Types.Locale, emailVerified: boolean } | null } };

export type MyAccountEventsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyAccountEventsQuery = { myAccountEvents: { totalCount: number, nodes: Array<{ id: string, kind: Types.AccountEventKind, at: string, ip: string | null, userAgent: string | null, reason: string | null, actor: { id: string, displayName: string } | null }>, pageInfo: { endCursor: string | null, hasNextPage: boolean } } };

export const TwoFactorStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwoFactorStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"setupRequired"}}]}}]} as unknown as DocumentNode<TwoFactorStatusFieldsFragment, unknown>;
export const MyTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTwoFactor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwoFactorStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwoFactorStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"setupRequired"}}]}}]} as unknown as DocumentNode<MyTwoFactorQuery, MyTwoFactorQueryVariables>;
export const StartTwoFactorSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartTwoFactorSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startTwoFactorSetup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"otpauthUri"}},{"kind":"Field","name":{"kind":"Name","value":"qrCodeDataUrl"}}]}}]}}]} as unknown as DocumentNode<StartTwoFactorSetupMutation, StartTwoFactorSetupMutationVariables>;
export const ConfirmTwoFactorSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmTwoFactorSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmTwoFactorSetup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode<ConfirmTwoFactorSetupMutation, ConfirmTwoFactorSetupMutationVariables>;
export const DisableTwoFactorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DisableTwoFactor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DisableTwoFactorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"disableTwoFactor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TwoFactorStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TwoFactorStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"enabledAt"}},{"kind":"Field","name":{"kind":"Name","value":"recoveryCodesLeft"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"setupRequired"}}]}}]} as unknown as DocumentNode<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>;
export const RegenerateRecoveryCodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegenerateRecoveryCodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TwoFactorCodeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regenerateRecoveryCodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"}}]}}]}}]} as unknown as DocumentNode<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>;
export const CompleteLoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CompleteLogin"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteLoginInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeLogin"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isFacilitator"}},{"kind":"Field","name":{"kind":"Name","value":"isPlatformAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"locale"}},{"kind":"Field","name":{"kind":"Name","value":"emailVerified"}}]}}]} as unknown as DocumentNode<CompleteLoginMutation, CompleteLoginMutationVariables>;
export const MyAccountEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyAccountEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myAccountEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"ip"}},{"kind":"Field","name":{"kind":"Name","value":"userAgent"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PageInfoFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<MyAccountEventsQuery, MyAccountEventsQueryVariables>;
export function useMyTwoFactorQuery(options?: useQuery.Options<MyTwoFactorQuery, MyTwoFactorQueryVariables>) {
  return useQuery<MyTwoFactorQuery, MyTwoFactorQueryVariables>(MyTwoFactorDocument, options as useQuery.Options<MyTwoFactorQuery, MyTwoFactorQueryVariables>);
}

export function useMyTwoFactorLazyQuery(options?: useLazyQuery.Options<MyTwoFactorQuery, MyTwoFactorQueryVariables>) {
  return useLazyQuery<MyTwoFactorQuery, MyTwoFactorQueryVariables>(MyTwoFactorDocument, options);
}

export function useStartTwoFactorSetupMutation(options?: useMutation.Options<StartTwoFactorSetupMutation, StartTwoFactorSetupMutationVariables>) {
  return useMutation<StartTwoFactorSetupMutation, StartTwoFactorSetupMutationVariables>(StartTwoFactorSetupDocument, options);
}

export function useConfirmTwoFactorSetupMutation(options?: useMutation.Options<ConfirmTwoFactorSetupMutation, ConfirmTwoFactorSetupMutationVariables>) {
  return useMutation<ConfirmTwoFactorSetupMutation, ConfirmTwoFactorSetupMutationVariables>(ConfirmTwoFactorSetupDocument, options);
}

export function useDisableTwoFactorMutation(options?: useMutation.Options<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>) {
  return useMutation<DisableTwoFactorMutation, DisableTwoFactorMutationVariables>(DisableTwoFactorDocument, options);
}

export function useRegenerateRecoveryCodesMutation(options?: useMutation.Options<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>) {
  return useMutation<RegenerateRecoveryCodesMutation, RegenerateRecoveryCodesMutationVariables>(RegenerateRecoveryCodesDocument, options);
}

export function useCompleteLoginMutation(options?: useMutation.Options<CompleteLoginMutation, CompleteLoginMutationVariables>) {
  return useMutation<CompleteLoginMutation, CompleteLoginMutationVariables>(CompleteLoginDocument, options);
}

export function useMyAccountEventsQuery(options?: useQuery.Options<MyAccountEventsQuery, MyAccountEventsQueryVariables>) {
  return useQuery<MyAccountEventsQuery, MyAccountEventsQueryVariables>(MyAccountEventsDocument, options as useQuery.Options<MyAccountEventsQuery, MyAccountEventsQueryVariables>);
}

export function useMyAccountEventsLazyQuery(options?: useLazyQuery.Options<MyAccountEventsQuery, MyAccountEventsQueryVariables>) {
  return useLazyQuery<MyAccountEventsQuery, MyAccountEventsQueryVariables>(MyAccountEventsDocument, options);
}
