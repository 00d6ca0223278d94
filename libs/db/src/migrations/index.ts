import { MigrationInterface } from 'typeorm';
import { Search1795420000000 } from './1795420000000-search';
import { OrganizationInvitations1795418100000 } from './1795418100000-organization-invitations';
import { AuditOutbox1795419000000 } from './1795419000000-audit-outbox';
import { NotificationSubject1795419200000 } from './1795419200000-notification-subject';
import { EmailInvitations1795419600000 } from './1795419600000-email-invitations';
import { InvitationProvesAddress1795419610000 } from './1795419610000-invitation-proves-address';
import { GrantPolicyIndexes1795416800000 } from './1795416800000-grant-policy-indexes';
import { TransactionFacts1795417000000 } from './1795417000000-transaction-facts';
import { DefinerSearchPath1795417100000 } from './1795417100000-definer-search-path';
import { IdentityWriteGuards1795417200000 } from './1795417200000-identity-write-guards';
import { BenchmarkRankBands1795413000000 } from './1795413000000-benchmark-rank-bands';
import { BenchmarkDifferentialPrivacy1795413500000 } from './1795413500000-benchmark-differential-privacy';
import { Reporting1795412000000 } from './1795412000000-reporting';
import { Benchmarking1795412100000 } from './1795412100000-benchmarking';
import { ActivityOverlapDetection1795412200000 } from './1795412200000-activity';
import { Inquiry1795412300000 } from './1795412300000-inquiry';
import { OverlapNotes1795415000000 } from './1795415000000-overlap-notes';
import { DatabaseClaims1795416000000 } from './1795416000000-database-claims';
import { RowLevelSecurity1795416100000 } from './1795416100000-row-level-security';
import { KeyedAuditChain1795416500000 } from './1795416500000-keyed-audit-chain';
import { OverlapNoteTable1795416700000 } from './1795416700000-overlap-note-table';
import { PlanResourceDetails1795416710000 } from './1795416710000-plan-resource-details';
import { CanonicalRedactionSpans1795414000000 } from './1795414000000-canonical-redaction-spans';
import { AcknowledgedHiddenValues1795414100000 } from './1795414100000-acknowledged-hidden-values';
import { OverdueReminders1795411854526 } from './1795411854526-overdue-reminders';
import { Closing1795411379197 } from './1795411379197-closing';
import { Pledges1795411004197 } from './1795411004197-pledges';
import { ReciprocityThreshold1795410719189 } from './1795410719189-reciprocity-threshold';
import { Ledger1795410320748 } from './1795410320748-ledger';
import { ActionPlan1795409888653 } from './1795409888653-action-plan';
import { AcceptancesAreEvents1795409141426 } from './1795409141426-acceptances-are-events';
import { PublicationsNotificationsReview1795407535119 } from './1795407535119-publications-notifications-review';
import { DisclosureEngine1795406811516 } from './1795406811516-disclosure-engine';
import { Initial1795405397946 } from './1795405397946-initial';
import { ListIndexes1795419100000 } from './1795419100000-list-indexes';
import { QueueIndexes1795419100100 } from './1795419100100-queue-indexes';
import { MailQueue1795419300000 } from './1795419300000-mail-queue';
import { PasswordResetTokens1795419300100 } from './1795419300100-password-reset-tokens';
import { NotificationEmail1795419700000 } from './1795419700000-notification-email';
import { SessionDevices1795419800000 } from './1795419800000-session-devices';
import { EmailVerification1795419820000 } from './1795419820000-email-verification';
import { UserLocale1795419840000 } from './1795419840000-user-locale';
import { KeyedInvitationTokens1795419860000 } from './1795419860000-keyed-invitation-tokens';
import { MailListUnsubscribe1795419880000 } from './1795419880000-mail-list-unsubscribe';
import { MailRetention1795419881000 } from './1795419881000-mail-retention';
import { CollaborationFileKeys1795419900000 } from './1795419900000-collaboration-file-keys';
import { ItemFiles1795419910000 } from './1795419910000-item-files';
import { BenchmarkParticipantCount1795419920000 } from './1795419920000-benchmark-participant-count';
import { FileGrants1795419930000 } from './1795419930000-file-grants';
import { PruneExpiredLinks1795419940000 } from './1795419940000-prune-expired-links';
import { PruneUnattachedFiles1795419950000 } from './1795419950000-prune-unattached-files';
import { SessionEntry1795419970000 } from './1795419970000-session-entry';
import { CalendarFeeds1795420100000 } from './1795420100000-calendar-feeds';
import { ArchivedPlanAndAreas1795420200000 } from './1795420200000-archived-plan-and-areas';
import { SearchHits1795420300000 } from './1795420300000-search-hits';
import { TenantKeys1795420500000 } from './1795420500000-tenant-keys';
import { ApiTokenOperations1795420600000 } from './1795420600000-api-token-operations';
import { Webhooks1795420700000 } from './1795420700000-webhooks';
import { WebhookRetention1795420710000 } from './1795420710000-webhook-retention';
import { SecondFactorStatus1795419941000 } from './1795419941000-second-factor-status';
import { AccountEvents1795419400000 } from './1795419400000-account-events';
import { TwoFactor1795419410000 } from './1795419410000-two-factor';

type MigrationClass = new () => MigrationInterface;

/** Every migration, oldest first. Append; never edit one that is committed. */
export const MIGRATIONS: MigrationClass[] = [
  Initial1795405397946,
  DisclosureEngine1795406811516,
  PublicationsNotificationsReview1795407535119,
  AcceptancesAreEvents1795409141426,
  ActionPlan1795409888653,
  Ledger1795410320748,
  ReciprocityThreshold1795410719189,
  Pledges1795411004197,
  Closing1795411379197,
  OverdueReminders1795411854526,
  Reporting1795412000000,
  Benchmarking1795412100000,
  ActivityOverlapDetection1795412200000,
  Inquiry1795412300000,
  BenchmarkRankBands1795413000000,
  BenchmarkDifferentialPrivacy1795413500000,
  CanonicalRedactionSpans1795414000000,
  AcknowledgedHiddenValues1795414100000,
  OverlapNotes1795415000000,
  DatabaseClaims1795416000000,
  RowLevelSecurity1795416100000,
  KeyedAuditChain1795416500000,
  OverlapNoteTable1795416700000,
  PlanResourceDetails1795416710000,
  GrantPolicyIndexes1795416800000,
  TransactionFacts1795417000000,
  DefinerSearchPath1795417100000,
  IdentityWriteGuards1795417200000,
  OrganizationInvitations1795418100000,
  AuditOutbox1795419000000,
  ListIndexes1795419100000,
  QueueIndexes1795419100100,
  NotificationSubject1795419200000,
  MailQueue1795419300000,
  PasswordResetTokens1795419300100,
  AccountEvents1795419400000,
  TwoFactor1795419410000,
  EmailInvitations1795419600000,
  InvitationProvesAddress1795419610000,
  NotificationEmail1795419700000,
  SessionDevices1795419800000,
  EmailVerification1795419820000,
  UserLocale1795419840000,
  KeyedInvitationTokens1795419860000,
  MailListUnsubscribe1795419880000,
  MailRetention1795419881000,
  CollaborationFileKeys1795419900000,
  ItemFiles1795419910000,
  BenchmarkParticipantCount1795419920000,
  FileGrants1795419930000,
  PruneExpiredLinks1795419940000,
  SecondFactorStatus1795419941000,
  PruneUnattachedFiles1795419950000,
  SessionEntry1795419970000,
  Search1795420000000,
  CalendarFeeds1795420100000,
  ArchivedPlanAndAreas1795420200000,
  SearchHits1795420300000,
  TenantKeys1795420500000,
  ApiTokenOperations1795420600000,
  Webhooks1795420700000,
  WebhookRetention1795420710000,
];
