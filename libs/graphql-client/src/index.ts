export * from './lib/client';
export * from './lib/errors';
export { createAlianzaCache } from './lib/connection-policy';
export {
  useLoginMutation,
  useLogoutMutation,
  useMeQuery,
  useDemoSignInQuery,
  MeDocument,
  DemoSignInDocument,
  type SessionUserFragment,
  type MeQuery,
} from './session/session.generated';
export {
  useSetMyLanguageMutation,
  SetMyLanguageDocument,
} from './account-language/account-language.generated';
export {
  useRequestPasswordResetMutation,
  useResetPasswordMutation,
  RequestPasswordResetDocument,
  ResetPasswordDocument,
} from './password-reset/password-reset.generated';
export {
  useVerifyEmailMutation,
  useResendVerificationEmailMutation,
  useRequestEmailChangeMutation,
  useConfirmEmailChangeMutation,
  VerifyEmailDocument,
  ResendVerificationEmailDocument,
  RequestEmailChangeDocument,
  ConfirmEmailChangeDocument,
} from './email-address/email-address.generated';
export {
  useMarkNotificationsReadMutation,
  useNotificationAddedSubscription,
  useNotificationsQuery,
  NotificationsDocument,
  type NotificationFieldsFragment,
  type NotificationsQuery,
} from './notifications/notifications.generated';
export {
  usePlanChangedSubscription,
  PlanChangedDocument,
  type PlanChangedSubscription,
} from './plan/plan-changed.generated';
export {
  useMyNotificationPreferencesQuery,
  useSetNotificationPreferenceMutation,
  MyNotificationPreferencesDocument,
  SetNotificationPreferenceDocument,
  type NotificationPreferenceFieldsFragment,
} from './notifications/notification-preferences.generated';
export {
  useMyTwoFactorQuery,
  useStartTwoFactorSetupMutation,
  useConfirmTwoFactorSetupMutation,
  useDisableTwoFactorMutation,
  useRegenerateRecoveryCodesMutation,
  useCompleteLoginMutation,
  useMyAccountEventsQuery,
  MyTwoFactorDocument,
  MyAccountEventsDocument,
  StartTwoFactorSetupDocument,
  ConfirmTwoFactorSetupDocument,
  DisableTwoFactorDocument,
  RegenerateRecoveryCodesDocument,
  CompleteLoginDocument,
  type TwoFactorStatusFieldsFragment,
  type MyAccountEventsQuery,
} from './two-factor/two-factor.generated';
export { LoginDocument } from './session/session.generated';
export {
  useMySessionsQuery,
  useEndSessionMutation,
  useEndOtherSessionsMutation,
  MySessionsDocument,
  EndSessionDocument,
  EndOtherSessionsDocument,
  type MySessionsQuery,
} from './sessions/sessions.generated';
export {
  useMyCalendarFeedQuery,
  useCreateCalendarFeedMutation,
  useRevokeCalendarFeedMutation,
  MyCalendarFeedDocument,
  CreateCalendarFeedDocument,
  RevokeCalendarFeedDocument,
  type MyCalendarFeedQuery,
} from './calendar-feed/calendar-feed.generated';
export type {
  AccountEventKind,
  AuditAction,
  AuditSubject,
  NotificationDelivery,
  NotificationKind,
} from './generated/types';
export { AuditActionValues, AuditSubjectValues } from './generated/enum-values';
export type {
  ApiTokenFieldsFragment,
  EvaluationFieldsFragment,
  FinalStatementFieldsFragment,
  GrantFieldsFragment,
  GroundRulesVersionFieldsFragment,
  ItemFieldValueFragment,
  LedgerEntryFieldsFragment,
  PageInfoFieldsFragment,
  PublishedAnswerFieldsFragment,
  QuestionFieldsFragment,
} from './fragments/fragments.generated';
export {
  useCreateApiTokenMutation,
  useRevokeApiTokenMutation,
  CreateApiTokenDocument,
} from './api-tokens/api-tokens.generated';
export {
  useCollaborationGateQuery,
  CollaborationGateDocument,
} from './collaboration/collaboration-gate.generated';
export { useSearchQuery, SearchDocument, type SearchQuery } from './search/search.generated';
export {
  CreateWebhookEndpointDocument,
  useCreateWebhookEndpointMutation,
  useDeleteWebhookEndpointMutation,
  usePauseWebhookEndpointMutation,
  useReplayWebhookDeliveryMutation,
  useResumeWebhookEndpointMutation,
  useWebhookDeliveriesQuery,
  useWebhookEndpointsQuery,
  WebhookDeliveriesDocument,
  WebhookEndpointsDocument,
  type WebhookDeliveryFieldsFragment,
  type WebhookEndpointFieldsFragment,
} from './webhooks/webhooks.generated';
export type { WebhookEventKind } from './generated/types';
