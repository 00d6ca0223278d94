/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '@alianza/graphql-client/types';

import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** What kind of contribution one organization gives another. */
export type ContributionType =
  /** Backing or endorsement. */
  | 'BACKING'
  /** Care or support. */
  | 'CARE'
  /** Teaching or training. */
  | 'EDUCATION'
  /** Joining forces, for example buying together. */
  | 'GROUPING'
  /** Information. */
  | 'INFORMATION'
  /** Work or time. */
  | 'LABOUR'
  /** Something learned and passed on. */
  | 'LEARNING'
  /** Money. */
  | 'MONEY'
  /** Neighbourly help. */
  | 'NEIGHBOURHOOD'
  /** Anything else. */
  | 'OTHER'
  /** A recommendation or referral. */
  | 'RECOMMENDATION'
  /** Representing the other before third parties. */
  | 'REPRESENTATION'
  /** Security or a guarantee. */
  | 'SECURITY'
  /** Goods or supplies. */
  | 'SUPPLY';

/** How a recipient opened a shared file. */
export type FileAccessKind =
  /** The file was downloaded. */
  | 'DOWNLOAD'
  /** The file was viewed in the browser. */
  | 'VIEW';

/** Whether a grant can be read. */
export type GrantState =
  /** The recipient can read it. */
  | 'ACTIVE'
  /** Its end date has passed. */
  | 'EXPIRED'
  /** The owner revoked it. */
  | 'REVOKED';

/** What a field of an item holds. */
export type ItemFieldType =
  /** A number. */
  | 'NUMBER'
  /** Text. */
  | 'TEXT';

/** How a ledger entry came about. */
export type LedgerEntrySource =
  /** The giver declared it. */
  | 'DECLARED'
  /** Created when a disclosure was approved. */
  | 'DISCLOSURE';

/** Where a ledger entry stands. */
export type LedgerEntryStatus =
  /** The receiver confirmed it, or the facilitator upheld it: it counts. */
  | 'CONFIRMED'
  /** The receiver disputes it; the facilitator settles it. */
  | 'DISPUTED'
  /** Waits for the receiver to confirm it. */
  | 'PENDING'
  /** Settled against the giver: it does not count. */
  | 'REJECTED';

/** OPEN: waiting for the facilitator; ANSWERED: answered in private; PUBLISHED: an anonymised version was published to every active participant. */
export type QuestionStatus =
  /** The facilitator answered it. */
  | 'ANSWERED'
  /** It waits for an answer. */
  | 'OPEN'
  /** It was published with its answer. */
  | 'PUBLISHED';

export type PageInfoFieldsFragment = { endCursor: string | null, hasNextPage: boolean };

export type ItemFieldValueFragment = { key: string, label: string, type: Types.ItemFieldType, text: string | null, number: number | null };

export type GrantFieldsFragment = { id: string, itemId: string, itemVersionId: string, requestId: string, recipientOrganizationId: string, reference: string, state: Types.GrantState, validUntil: string | null, createdAt: string, revokedAt: string | null, revokeReason: string | null };

export type LedgerEntryFieldsFragment = { id: string, giverOrganizationId: string, receiverOrganizationId: string | null, contributionType: Types.ContributionType, description: string, value: string, occurredOn: string, source: Types.LedgerEntrySource, status: Types.LedgerEntryStatus, disputeReason: string | null, settleReason: string | null, createdAt: string };

export type GroundRulesVersionFieldsFragment = { id: string, version: number, body: string, thirdPartyRules: string, changeSummary: string, publishedAt: string, publishedByName: string };

export type PublishedAnswerFieldsFragment = { id: string, question: string, answer: string, publishedAt: string };

export type QuestionFieldsFragment = { id: string, askedByName: string, subject: string | null, body: string, status: Types.QuestionStatus, answer: string | null, answeredAt: string | null, askedAt: string, publication: { id: string, question: string, answer: string, publishedAt: string } | null };

export type EvaluationFieldsFragment = { id: string, organizationId: string | null, assessment: string, updatedAt: string, objectiveRatings: Array<{ objectiveId: string, rating: number, comment: string }>, peerRatings: Array<{ organizationId: string, rating: number, comment: string }> };

export type ApiTokenFieldsFragment = { id: string, name: string, prefix: string, createdAt: string, expiresAt: string, revokedAt: string | null, lastUsedAt: string | null, active: boolean, operations: Array<{ sha256Hash: string, document: string }> | null };

export type FinalStatementFieldsFragment = { collaborationId: string, closedAt: string, hash: string, overrideReason: string | null, missingEvaluations: Array<string>, collaboration: { id: string, title: string, objective: string }, plan: { milestonesDone: number, milestonesTotal: number, objectives: Array<{ id: string, title: string, indicators: Array<{ id: string, name: string, unit: string, baselineDecimal: string, targetDecimal: string, currentDecimal: string | null, progressPercent: number | null }> }> }, balances: { organizations: Array<{ organizationId: string, given: string, received: string, net: string }>, pairs: Array<{ giverOrganizationId: string, receiverOrganizationId: string | null, value: string }> }, evaluations: Array<{ organizationId: string | null, assessment: string, objectiveRatings: Array<{ objectiveId: string, rating: number, comment: string }>, peerRatings: Array<{ organizationId: string, rating: number, comment: string }> }> };

export type FileAccessFieldsFragment = { id: string, createdAt: string, kind: Types.FileAccessKind, pages: Array<number> | null, recipientOrganizationId: string, userName: string, grantId: string };

export const PageInfoFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PageInfoFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PageInfo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]} as unknown as DocumentNode<PageInfoFieldsFragment, unknown>;
export const ItemFieldValueFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ItemFieldValue"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ItemField"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]} as unknown as DocumentNode<ItemFieldValueFragment, unknown>;
export const GrantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Grant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"itemVersionId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokeReason"}}]}}]} as unknown as DocumentNode<GrantFieldsFragment, unknown>;
export const LedgerEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"contributionType"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"disputeReason"}},{"kind":"Field","name":{"kind":"Name","value":"settleReason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<LedgerEntryFieldsFragment, unknown>;
export const GroundRulesVersionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroundRulesVersionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GroundRulesVersion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"thirdPartyRules"}},{"kind":"Field","name":{"kind":"Name","value":"changeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedByName"}}]}}]} as unknown as DocumentNode<GroundRulesVersionFieldsFragment, unknown>;
export const PublishedAnswerFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<PublishedAnswerFieldsFragment, unknown>;
export const QuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"QuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Question"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"askedByName"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"askedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publication"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublishedAnswerFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublishedAnswerFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublishedAnswer"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}}]}}]} as unknown as DocumentNode<QuestionFieldsFragment, unknown>;
export const EvaluationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvaluationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evaluation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<EvaluationFieldsFragment, unknown>;
export const ApiTokenFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ApiTokenFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ApiToken"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"operations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sha256Hash"}},{"kind":"Field","name":{"kind":"Name","value":"document"}}]}}]}}]} as unknown as DocumentNode<ApiTokenFieldsFragment, unknown>;
export const FinalStatementFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FinalStatementFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FinalStatement"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collaborationId"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"overrideReason"}},{"kind":"Field","name":{"kind":"Name","value":"collaboration"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"objective"}}]}},{"kind":"Field","name":{"kind":"Name","value":"plan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"targetDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"currentDecimal"}},{"kind":"Field","name":{"kind":"Name","value":"progressPercent"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"milestonesDone"}},{"kind":"Field","name":{"kind":"Name","value":"milestonesTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"balances"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"net"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"receiverOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"evaluations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"}},{"kind":"Field","name":{"kind":"Name","value":"objectiveRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"objectiveId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}},{"kind":"Field","name":{"kind":"Name","value":"peerRatings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"rating"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"missingEvaluations"}}]}}]} as unknown as DocumentNode<FinalStatementFieldsFragment, unknown>;
export const FileAccessFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FileAccessFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FileAccess"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"pages"}},{"kind":"Field","name":{"kind":"Name","value":"recipientOrganizationId"}},{"kind":"Field","name":{"kind":"Name","value":"userName"}},{"kind":"Field","name":{"kind":"Name","value":"grantId"}}]}}]} as unknown as DocumentNode<FileAccessFieldsFragment, unknown>;