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
  useMarkNotificationsReadMutation,
  useNotificationAddedSubscription,
  useNotificationsQuery,
  NotificationsDocument,
  type NotificationFieldsFragment,
  type NotificationsQuery,
} from './notifications/notifications.generated';
export type { NotificationKind } from './generated/types';
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
} from './api-tokens/api-tokens.generated';
