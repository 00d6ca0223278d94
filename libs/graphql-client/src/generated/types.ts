export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** An exact decimal number written as a string, e.g. "1234.50": an optional minus sign, up to 16 digits before the point and up to 6 after it; no exponent, no spaces, no NaN. A field may take fewer digits (its description says so). Business quantities (money, ledger, indicator and benchmark values) use it; a JSON number is refused, as it would be a binary float. */
  Decimal: { input: string; output: string; }
};

/** Accept an invitation by email for one organization: one you own (`organizationId`) or one you found now (`newOrganization`). */
export type AcceptCollaborationInvitationInput = {
  /** The organization to found (you become its owner) and take the invitation. */
  newOrganization?: InputMaybe<CreateOrganizationInput>;
  /** An organization you own that takes the invitation. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The token of the link in the email. */
  token: Scalars['String']['input'];
};

/** An entry of the account security log: a change to how the account signs in. */
export type AccountEvent = {
  __typename?: 'AccountEvent';
  /** Who acted, when it was not the user (a platform administrator). */
  actor: Maybe<AccountEventActor>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The id of the event. */
  id: Scalars['ID']['output'];
  /** The client's address, when known. */
  ip: Maybe<Scalars['String']['output']>;
  /** What happened to the account. */
  kind: AccountEventKind;
  /** Why, when someone else acted. */
  reason: Maybe<Scalars['String']['output']>;
  /** The browser or program, when known. */
  userAgent: Maybe<Scalars['String']['output']>;
};

/** Someone other than the user who acted. */
export type AccountEventActor = {
  __typename?: 'AccountEventActor';
  /** The name the person shows to others. */
  displayName: Scalars['String']['output'];
  /** The id of the person who acted. */
  id: Scalars['ID']['output'];
};

/** A page of AccountEvent nodes, in the list's order, with what pages on. */
export type AccountEventConnection = {
  __typename?: 'AccountEventConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<AccountEventEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<AccountEvent>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A AccountEvent of a page, with its cursor. */
export type AccountEventEdge = {
  __typename?: 'AccountEventEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The AccountEvent. */
  node: AccountEvent;
};

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

/** A hidden value still readable elsewhere that the facilitator approved knowingly. */
export type AcknowledgedHiddenValue = {
  __typename?: 'AcknowledgedHiddenValue';
  /** The key of the field. */
  fieldKey: Scalars['String']['output'];
  /** The label of the field. */
  fieldLabel: Scalars['String']['output'];
  /** The id of the organization from whom the value is hidden. */
  organizationId: Scalars['ID']['output'];
  /** Places that still showed it. */
  places: Scalars['Int']['output'];
};

/** The options your organization declared in an area (private to it). */
export type ActivityDeclaration = {
  __typename?: 'ActivityDeclaration';
  /** The id of the area. */
  areaId: Scalars['ID']['output'];
  /** The ids of the options the organization declared for the area. */
  optionIds: Array<Scalars['ID']['output']>;
};

/** Markets/regions, segments, products/services. */
export type ActivityDimension =
  /** A market the organization works in. */
  | 'MARKET'
  /** A product or service the organization offers. */
  | 'PRODUCT'
  /** A customer segment the organization serves. */
  | 'SEGMENT';

/** An option of an area’s activity list. */
export type ActivityOption = {
  __typename?: 'ActivityOption';
  /** The id of the area the option belongs to. */
  areaId: Scalars['ID']['output'];
  /** What the option describes (for example a segment or a region). */
  dimension: ActivityDimension;
  /** The id of the option. */
  id: Scalars['ID']['output'];
  /** The option as participants read it. */
  label: Scalars['String']['output'];
  /** Its place in the list, from 0. */
  position: Scalars['Int']['output'];
};

/** A page of ActivityOption nodes, in the list's order, with what pages on. */
export type ActivityOptionConnection = {
  __typename?: 'ActivityOptionConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<ActivityOptionEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<ActivityOption>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A ActivityOption of a page, with its cursor. */
export type ActivityOptionEdge = {
  __typename?: 'ActivityOptionEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The ActivityOption. */
  node: ActivityOption;
};

/** The options participants may declare for an area, in one dimension. */
export type ActivityOptionsInput = {
  /** What the options describe. */
  dimension: ActivityDimension;
  /** The whole list, in order. Options left out are removed with their declarations. */
  labels: Array<Scalars['String']['input']>;
};

/** The facilitator's answer to a question. */
export type AnswerQuestionInput = {
  /** Read by the asking organization only. */
  answer: Scalars['String']['input'];
};

/** A reporting API token: reads reports with its owner’s access, nothing else. */
export type ApiToken = {
  __typename?: 'ApiToken';
  /** Neither revoked nor expired. */
  active: Scalars['Boolean']['output'];
  /** When the token was created. */
  createdAt: Scalars['DateTime']['output'];
  /** When the token stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The id of the API token. */
  id: Scalars['ID']['output'];
  /** When a request last used the token; null if never. */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
  /** The name its owner gave the token, to tell tokens apart. */
  name: Scalars['String']['output'];
  /** The persisted queries the token is limited to; null: any report operation. */
  operations: Maybe<Array<PersistedQuery>>;
  /** The first characters of the secret, to recognise it. */
  prefix: Scalars['String']['output'];
  /** When the token was revoked; null while it is not. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
};

/** A page of ApiToken nodes, in the list's order, with what pages on. */
export type ApiTokenConnection = {
  __typename?: 'ApiTokenConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<ApiTokenEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<ApiToken>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A ApiToken of a page, with its cursor. */
export type ApiTokenEdge = {
  __typename?: 'ApiTokenEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The ApiToken. */
  node: ApiToken;
};

/** The facilitator's approval of a disclosure request. */
export type ApproveDisclosureInput = {
  /** Required when a hidden field’s value can still be read in the text, the title, a visible field or a shared file (see DisclosureRequest.hiddenValueWarnings): approve knowingly. */
  acknowledgeHiddenValueLeaks?: Scalars['Boolean']['input'];
  /** Every overlap the disclosure crosses must be acknowledged. */
  acknowledgeOverlapIds?: Array<Scalars['ID']['input']>;
  /** Replaces the proposed expiry. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A message to the owner. */
  message?: Scalars['String']['input'];
  /** Extra redactions for some recipients, added to the proposed ones. */
  perRecipient?: Array<RecipientRedactionInput>;
  /** Required when a recipient is over the reciprocity threshold. */
  reciprocityReason?: InputMaybe<Scalars['String']['input']>;
};

/** A topic of exchange in a collaboration, with how freely information flows in it. */
export type Area = {
  __typename?: 'Area';
  /** When it was archived: it keeps its items and grants, and takes no new items. */
  archivedAt: Maybe<Scalars['DateTime']['output']>;
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** What the area covers. */
  description: Scalars['String']['output'];
  /** The id of the area. */
  id: Scalars['ID']['output'];
  /** The area's name. */
  name: Scalars['String']['output'];
  /** Its place in the list, from 0. */
  position: Scalars['Int']['output'];
  /** How freely information flows in it. */
  sensitivity: AreaSensitivity;
};

/** A page of Area nodes, in the list's order, with what pages on. */
export type AreaConnection = {
  __typename?: 'AreaConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<AreaEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Area>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Area of a page, with its cursor. */
export type AreaEdge = {
  __typename?: 'AreaEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Area. */
  node: Area;
};

/** A new area of exchange. */
export type AreaInput = {
  /** What the area covers. */
  description?: Scalars['String']['input'];
  /** The area's name. */
  name: Scalars['String']['input'];
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

/** What one unit of contribution in an area is worth. */
export type AreaValue = {
  __typename?: 'AreaValue';
  /** The id of the area. */
  areaId: Scalars['ID']['output'];
  /** Exact decimal. */
  value: Scalars['Decimal']['output'];
};

/** What one unit of contribution in an area is worth. */
export type AreaValueInput = {
  /** The id of the area. */
  areaId: Scalars['ID']['input'];
  /**
   * The value, a decimal in the ledger's scale.
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value?: InputMaybe<Scalars['String']['input']>;
  /** The value in the ledger's scale, at most 2 decimals (required unless the deprecated value is given). */
  valueDecimal?: InputMaybe<Scalars['Decimal']['input']>;
};

/** A question to the facilitator. */
export type AskQuestionInput = {
  /** Only the facilitator reads it. */
  body: Scalars['String']['input'];
  /** Which of your organizations asks; defaults to yours in this collaboration. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Optional subject line. */
  subject?: InputMaybe<Scalars['String']['input']>;
};

/** Who something is shared with. */
export type AudienceKind =
  /** Every organization active in the collaboration. */
  | 'ALL_ACTIVE'
  /** The organizations named. */
  | 'NAMED';

/** What an audit record records: one value per action the API writes to the log. */
export type AuditAction =
  /** Customer list removed. */
  | 'ACTIVITY_CUSTOMER_LIST_REMOVED'
  /** Customer list uploaded. */
  | 'ACTIVITY_CUSTOMER_LIST_UPLOADED'
  /** Activity declared. */
  | 'ACTIVITY_DECLARED'
  /** Activity options set. */
  | 'ACTIVITY_OPTIONS_SET'
  /** Detected overlap declared. */
  | 'ACTIVITY_OVERLAP_DECLARED'
  /** Detected overlap dismissed. */
  | 'ACTIVITY_OVERLAP_DISMISSED'
  /** Area archived. */
  | 'AREA_ARCHIVED'
  /** Area created. */
  | 'AREA_CREATED'
  /** Area brought back. */
  | 'AREA_RESTORED'
  /** Area changed. */
  | 'AREA_UPDATED'
  /** Benchmark round closed. */
  | 'BENCHMARK_ROUND_CLOSED'
  /** Benchmark round created. */
  | 'BENCHMARK_ROUND_CREATED'
  /** Benchmark value submitted. */
  | 'BENCHMARK_SUBMITTED'
  /** Evaluation. */
  | 'CLOSING_EVALUATED'
  /** Final statement. */
  | 'CLOSING_FINAL_STATEMENT'
  /** Collaboration created. */
  | 'COLLABORATION_CREATED'
  /** Email invitation accepted. */
  | 'COLLABORATION_INVITATION_ACCEPTED'
  /** Email invitation sent again. */
  | 'COLLABORATION_INVITATION_RESENT'
  /** Invitation sent by email. */
  | 'COLLABORATION_INVITATION_SENT'
  /** Email invitation withdrawn. */
  | 'COLLABORATION_INVITATION_WITHDRAWN'
  /** Status changed. */
  | 'COLLABORATION_STATUS_CHANGED'
  /** Request approved. */
  | 'DISCLOSURE_APPROVED'
  /** Approved automatically. */
  | 'DISCLOSURE_AUTO_APPROVED'
  /** Changes requested. */
  | 'DISCLOSURE_CHANGES_REQUESTED'
  /** Request rejected. */
  | 'DISCLOSURE_REJECTED'
  /** Disclosure requested. */
  | 'DISCLOSURE_REQUESTED'
  /** Request withdrawn. */
  | 'DISCLOSURE_WITHDRAWN'
  /** Shared document downloaded. */
  | 'FILE_DOWNLOADED'
  /** Shared document viewed. */
  | 'FILE_VIEWED'
  /** Grant made. */
  | 'GRANT_CREATED'
  /** Grant expired. */
  | 'GRANT_EXPIRED'
  /** Grant kept. */
  | 'GRANT_KEPT'
  /** Information read. */
  | 'GRANT_READ'
  /** Grant revoked. */
  | 'GRANT_REVOKED'
  /** Ground rules accepted. */
  | 'GROUND_RULES_ACCEPTED'
  /** Ground rules published. */
  | 'GROUND_RULES_PUBLISHED'
  /** Question answered. */
  | 'INQUIRY_ANSWERED'
  /** Private question asked. */
  | 'INQUIRY_ASKED'
  /** Answer published to everyone. */
  | 'INQUIRY_PUBLISHED'
  /** Published answer withdrawn. */
  | 'INQUIRY_WITHDRAWN'
  /** Information created. */
  | 'ITEM_CREATED'
  /** Information edited. */
  | 'ITEM_EDITED'
  /** Documents attached to a version. */
  | 'ITEM_FILE_ATTACHED'
  /** Document downloaded. */
  | 'ITEM_FILE_DOWNLOADED'
  /** Unattached document deleted. */
  | 'ITEM_FILE_SWEPT'
  /** Document uploaded. */
  | 'ITEM_FILE_UPLOADED'
  /** Contribution confirmed. */
  | 'LEDGER_CONFIRMED'
  /** Contribution declared. */
  | 'LEDGER_DECLARED'
  /** Contribution disputed. */
  | 'LEDGER_DISPUTED'
  /** Contribution from shared information. */
  | 'LEDGER_ENTRY_FROM_DISCLOSURE'
  /** Pledge made. */
  | 'LEDGER_PLEDGED'
  /** Pledge cancelled. */
  | 'LEDGER_PLEDGE_CANCELLED'
  /** Pledge fulfilled. */
  | 'LEDGER_PLEDGE_FULFILLED'
  /** Ledger settings. */
  | 'LEDGER_SETTINGS'
  /** Dispute settled. */
  | 'LEDGER_SETTLED'
  /** Overlap declared. */
  | 'OVERLAP_DECLARED'
  /** Overlap removed. */
  | 'OVERLAP_REMOVED'
  /** Overlap changed. */
  | 'OVERLAP_UPDATED'
  /** Invitation accepted. */
  | 'PARTICIPATION_ACCEPTED'
  /** Invitation declined. */
  | 'PARTICIPATION_DECLINED'
  /** Invitation sent. */
  | 'PARTICIPATION_INVITED'
  /** Left the collaboration. */
  | 'PARTICIPATION_WITHDRAWN'
  /** Indicator added. */
  | 'PLAN_INDICATOR_ADDED'
  /** Indicator archived. */
  | 'PLAN_INDICATOR_ARCHIVED'
  /** Indicator deleted. */
  | 'PLAN_INDICATOR_DELETED'
  /** Indicator changed. */
  | 'PLAN_INDICATOR_UPDATED'
  /** Milestone created. */
  | 'PLAN_MILESTONE_CREATED'
  /** Milestone proposed. */
  | 'PLAN_MILESTONE_PROPOSED'
  /** Milestone changed. */
  | 'PLAN_MILESTONE_UPDATED'
  /** Objective archived. */
  | 'PLAN_OBJECTIVE_ARCHIVED'
  /** Objective created. */
  | 'PLAN_OBJECTIVE_CREATED'
  /** Objective deleted. */
  | 'PLAN_OBJECTIVE_DELETED'
  /** Objective changed. */
  | 'PLAN_OBJECTIVE_UPDATED'
  /** Progress reported. */
  | 'PLAN_PROGRESS'
  /** Proposal accepted. */
  | 'PLAN_PROPOSAL_ACCEPTED'
  /** Proposal declined. */
  | 'PLAN_PROPOSAL_DECLINED'
  /** Resource added. */
  | 'PLAN_RESOURCE_ADDED'
  /** Resource deleted. */
  | 'PLAN_RESOURCE_DELETED'
  /** Resource changed. */
  | 'PLAN_RESOURCE_UPDATED'
  /** Task archived. */
  | 'PLAN_TASK_ARCHIVED'
  /** Task created. */
  | 'PLAN_TASK_CREATED'
  /** Task deleted. */
  | 'PLAN_TASK_DELETED'
  /** Task proposed. */
  | 'PLAN_TASK_PROPOSED'
  /** Task status. */
  | 'PLAN_TASK_STATUS'
  /** Task changed. */
  | 'PLAN_TASK_UPDATED'
  /** Publication. */
  | 'PUBLICATION_PUBLISHED'
  /** Webhook delivery replayed. */
  | 'WEBHOOK_DELIVERY_REPLAYED'
  /** Webhook endpoint registered. */
  | 'WEBHOOK_ENDPOINT_CREATED'
  /** Webhook endpoint deleted. */
  | 'WEBHOOK_ENDPOINT_DELETED'
  /** Webhook endpoint paused. */
  | 'WEBHOOK_ENDPOINT_PAUSED'
  /** Webhook endpoint resumed. */
  | 'WEBHOOK_ENDPOINT_RESUMED';

/** Who acted in an audit record, as far as the reader may know it. */
export type AuditActorKind =
  /** A person the reader may identify, by `actorUserId`. */
  | 'PERSON'
  /** Alianza itself: a sweep, an automatic approval, an expiry. */
  | 'SYSTEM'
  /** A person outside the reader's organizations (the facilitator, another party's member), whom only the collaboration's facilitator may identify: `actorUserId` is null. */
  | 'WITHHELD';

/** Why an audit chain failed verification (the first problem found). */
export type AuditChainFailure =
  /** The latest checkpoint is not signed by a known audit key. */
  | 'CHECKPOINT_INVALID'
  /** The record at a checkpoint no longer carries the MAC the checkpoint saw. */
  | 'CHECKPOINT_MISMATCH'
  /** A record does not point at the one before it (reordered, or one before rewritten). */
  | 'LINK_MISMATCH'
  /** A record's content does not match its MAC (or legacy hash). */
  | 'MAC_MISMATCH'
  /** A record is missing: the next sequence number is not there. */
  | 'SEQUENCE_GAP'
  /** The chain ends before its latest checkpoint: records were removed. */
  | 'TRUNCATED'
  /** An unkeyed (legacy) record after the point where only keyed ones may be. */
  | 'UNEXPECTED_LEGACY'
  /** A record names an audit key that is not configured. */
  | 'UNKNOWN_KEY';

/** How an audit record is bound to its chain. */
export type AuditMacKind =
  /** An HMAC-SHA256 under an audit key the database does not hold. */
  | 'HMAC_SHA256'
  /** Written before keyed records: an unkeyed SHA-256, verified by the old rule. */
  | 'LEGACY_SHA256';

/** A person who appears in an audit log, by name. */
export type AuditPerson = {
  __typename?: 'AuditPerson';
  /** The name the person shows to others. */
  displayName: Scalars['String']['output'];
  /** The id of the person. */
  id: Scalars['ID']['output'];
};

/** One entry of a collaboration's audit log, chained to the one before it. */
export type AuditRecord = {
  __typename?: 'AuditRecord';
  /** What was done. */
  action: AuditAction;
  /** Who acted: a named person, the system, or a person withheld from the reader. */
  actorKind: AuditActorKind;
  /** The name of the person who acted, for the collaboration's facilitator (null for others, and for the system). */
  actorName: Maybe<Scalars['String']['output']>;
  /** The person who acted: for the collaboration's facilitator always; for anyone else only when it is the reader or a member of the reader's organizations (see `actorKind`). */
  actorUserId: Maybe<Scalars['ID']['output']>;
  /** The id of the other organization concerned (for example a recipient); null if none. */
  counterpartOrganizationId: Maybe<Scalars['ID']['output']>;
  /** The name of `counterpartOrganizationId`, where the reader may read it. */
  counterpartOrganizationName: Maybe<Scalars['String']['output']>;
  /** When it was recorded. */
  createdAt: Scalars['DateTime']['output'];
  /** This record's link: its HMAC, or for a legacy record its SHA-256. */
  hash: Scalars['String']['output'];
  /** The id of the record. */
  id: Scalars['ID']['output'];
  /** The audit key of the HMAC (not the key). */
  keyId: Maybe<Scalars['String']['output']>;
  /** How the record is bound to its chain. */
  macKind: AuditMacKind;
  /** The id of the organization that acted or is concerned; null if none. */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** The name of `organizationId`, where the reader may read that organization. */
  organizationName: Maybe<Scalars['String']['output']>;
  /** JSON. */
  payload: Scalars['String']['output'];
  /** The hash of the record before it, which chains the log. */
  prevHash: Scalars['String']['output'];
  /** Its number in the collaboration's log, from 1. */
  seq: Scalars['Int']['output'];
  /** The id of the thing it is about. */
  subjectId: Scalars['ID']['output'];
  /** What kind of thing it is about. */
  subjectType: AuditSubject;
};

/** A page of AuditRecord nodes, in the list's order, with what pages on. */
export type AuditRecordConnection = {
  __typename?: 'AuditRecordConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<AuditRecordEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<AuditRecord>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A AuditRecord of a page, with its cursor. */
export type AuditRecordEdge = {
  __typename?: 'AuditRecordEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The AuditRecord. */
  node: AuditRecord;
};

/** What an audit record is about: one value per kind of subject the API records. */
export type AuditSubject =
  /** Area. */
  | 'AREA'
  /** Benchmark round. */
  | 'BENCHMARK_ROUND'
  /** Benchmark value. */
  | 'BENCHMARK_SUBMISSION'
  /** Collaboration. */
  | 'COLLABORATION'
  /** Email invitation. */
  | 'COLLABORATION_INVITATION'
  /** Customer list. */
  | 'CUSTOMER_LIST'
  /** Detected overlap. */
  | 'DETECTED_OVERLAP'
  /** Request. */
  | 'DISCLOSURE_REQUEST'
  /** Evaluation. */
  | 'EVALUATION'
  /** Final statement. */
  | 'FINAL_STATEMENT'
  /** Grant. */
  | 'GRANT'
  /** Ground rules. */
  | 'GROUND_RULES_VERSION'
  /** Indicator. */
  | 'INDICATOR'
  /** Information. */
  | 'ITEM'
  /** Document. */
  | 'ITEM_FILE'
  /** Contribution. */
  | 'LEDGER_ENTRY'
  /** Ledger settings. */
  | 'LEDGER_SETTINGS'
  /** Milestone. */
  | 'MILESTONE'
  /** Objective. */
  | 'OBJECTIVE'
  /** Overlap. */
  | 'OVERLAP'
  /** Participation. */
  | 'PARTICIPATION'
  /** Pledge. */
  | 'PLEDGE'
  /** Progress. */
  | 'PROGRESS_UPDATE'
  /** Publication. */
  | 'PUBLICATION'
  /** Question. */
  | 'QUESTION'
  /** Resource. */
  | 'RESOURCE'
  /** Task. */
  | 'TASK'
  /** Webhook delivery. */
  | 'WEBHOOK_DELIVERY'
  /** Webhook endpoint. */
  | 'WEBHOOK_ENDPOINT';

/** Whether a collaboration's audit log is intact. */
export type AuditVerification = {
  __typename?: 'AuditVerification';
  /** Records whose MAC this verification recomputed (the new ones when it resumed). */
  checkedRecords: Scalars['Int']['output'];
  /** The latest checkpoint (kept outside the database) the chain was held to. */
  checkpointSeq: Maybe<Scalars['Int']['output']>;
  /** The id of the first record that does not match; null if the log is intact. */
  firstBrokenRecordId: Maybe<Scalars['ID']['output']>;
  /** Sequence number of the first record that does not match (or is missing). */
  firstBrokenSeq: Maybe<Scalars['Int']['output']>;
  /** The last record verified. */
  headSeq: Scalars['Int']['output'];
  /** Records up to this one may be legacy: written before keyed MACs (0: none). */
  legacyThroughSeq: Scalars['Int']['output'];
  /** Why the chain is broken. */
  reason: Maybe<AuditChainFailure>;
  /** Verification resumed after this record, verified before and checked unchanged (0: from the first). */
  resumedAfterSeq: Scalars['Int']['output'];
  /** True if every record matches its chain. */
  valid: Scalars['Boolean']['output'];
};

/** The answer to a sign-in: a session, or (for an account with two-factor sign-in) the second step it waits for. */
export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** Only when `issueBearerToken` was asked for. Shown once; store it like a password. */
  bearerToken: Maybe<Scalars['String']['output']>;
  /** When the session ends; null while the sign-in waits for a second factor. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** Set when the password was right and the account signs in with a second factor: no session yet; finish with `completeLogin`. */
  secondFactorChallenge: Maybe<SecondFactorChallenge>;
  /** The signed-in user; null while the sign-in waits for a second factor. */
  user: Maybe<User>;
};

/** What a published round shows (ADR 0011): the count, the average of all values and the averages of 1 to 4 disjoint rank bands of at least k values each. Never a minimum, a maximum, a median or anyone’s value, and nothing from which one follows. */
export type BenchmarkAggregates = {
  __typename?: 'BenchmarkAggregates';
  /** Lowest values first. */
  bands: Array<BenchmarkBand>;
  /** How many organizations submitted a value. */
  count: Scalars['Int']['output'];
  /**
   * The average of all values.
   * @deprecated Use meanDecimal instead. Removed after 2027-06-30.
   */
  mean: Scalars['Float']['output'];
  /** The average of all values, exact, rounded half away from zero to 2 decimals (100, 0 and 0 average "33.33"). */
  meanDecimal: Scalars['Decimal']['output'];
};

/** The average of a run of consecutive ranks of the values, ranked from the lowest (rank 1): always over at least k values, never a single value. */
export type BenchmarkBand = {
  __typename?: 'BenchmarkBand';
  /**
   * The average value of the band.
   * @deprecated Use averageDecimal instead. Removed after 2027-06-30.
   */
  average: Scalars['Float']['output'];
  /** The average value of the band, exact, rounded half away from zero to 2 decimals. */
  averageDecimal: Scalars['Decimal']['output'];
  /** First rank of the band, 1 = the lowest value. */
  fromRank: Scalars['Int']['output'];
  /** How many values the band averages (≥ k). */
  size: Scalars['Int']['output'];
  /** The last rank in the band. */
  toRank: Scalars['Int']['output'];
};

/** How noisy one figure is, from public facts only (count, range, ε). */
export type BenchmarkFigureNoise = {
  __typename?: 'BenchmarkFigureNoise';
  /** What the margin is computed from. */
  basis: BenchmarkMarginBasis;
  /** The share of the round’s ε spent on this figure. */
  epsilon: Scalars['Float']['output'];
  /** 95 times in 100 the figure is within ± margin95 of the true one (see basis). */
  margin95: Scalars['Float']['output'];
  /** The figure is rounded to a multiple of this. */
  step: Scalars['Float']['output'];
};

/** What a margin holds for: ANY_VALUES (the mean, whatever the values) or EVENLY_SPREAD_VALUES (quantiles: typical, for values spread over the range). */
export type BenchmarkMarginBasis =
  /** Holds whatever the values are. */
  | 'ANY_VALUES'
  /** Computed for values spread evenly over the range; the real margin depends on the values. */
  | 'EVENLY_SPREAD_VALUES';

/** The noise every figure of a differentially private round will carry. */
export type BenchmarkNoise = {
  __typename?: 'BenchmarkNoise';
  /** How many submissions the preview assumes. */
  count: Scalars['Int']['output'];
  /** The privacy budget spent (smaller is more private). */
  epsilon: Scalars['Float']['output'];
  /** The noise of the mean; null when no mean is published. */
  mean: Maybe<BenchmarkFigureNoise>;
  /** The noise of each published quantile. */
  quantiles: Array<BenchmarkQuantileNoise>;
};

/** What a differentially private round published (ADR 0012): drawn once when it closed, frozen; each figure carries its margin. */
export type BenchmarkNoisyAggregates = {
  __typename?: 'BenchmarkNoisyAggregates';
  /** How many submissions the figures come from. */
  count: Scalars['Int']['output'];
  /** The privacy budget spent (smaller is more private). */
  epsilon: Scalars['Float']['output'];
  /** The privacy level chosen; null for custom settings. */
  level: Maybe<BenchmarkPrivacyLevel>;
  /**
   * The lowest value a submission counted as.
   * @deprecated Use lowerDecimal instead. Removed after 2027-06-30.
   */
  lower: Scalars['Float']['output'];
  /** The lowest value a submission counted as. */
  lowerDecimal: Scalars['Decimal']['output'];
  /** The noisy mean; null when not published. */
  mean: Maybe<BenchmarkNoisyFigure>;
  /** Increasing with p. */
  quantiles: Array<BenchmarkNoisyQuantile>;
  /**
   * The highest value a submission counted as.
   * @deprecated Use upperDecimal instead. Removed after 2027-06-30.
   */
  upper: Scalars['Float']['output'];
  /** The highest value a submission counted as. */
  upperDecimal: Scalars['Decimal']['output'];
};

/** A published figure with noise added. */
export type BenchmarkNoisyFigure = {
  __typename?: 'BenchmarkNoisyFigure';
  /** What the margin is computed from. */
  basis: BenchmarkMarginBasis;
  /** The share of the round’s ε spent on this figure. */
  epsilon: Scalars['Float']['output'];
  /** 95 times in 100 the figure is within ± margin95 of the true one (see basis). */
  margin95: Scalars['Float']['output'];
  /** The figure is rounded to a multiple of this. */
  step: Scalars['Float']['output'];
  /**
   * The published value, with noise added.
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value: Scalars['Float']['output'];
  /** The published value, with noise added (a multiple of step). */
  valueDecimal: Scalars['Decimal']['output'];
};

/** A published quantile with noise added. */
export type BenchmarkNoisyQuantile = {
  __typename?: 'BenchmarkNoisyQuantile';
  /** What the margin is computed from. */
  basis: BenchmarkMarginBasis;
  /** The share of the round’s ε spent on this figure. */
  epsilon: Scalars['Float']['output'];
  /** 95 times in 100 the figure is within ± margin95 of the true one (see basis). */
  margin95: Scalars['Float']['output'];
  /** The quantile, between 0 and 1: 0.5 for the median. */
  p: Scalars['Float']['output'];
  /** The figure is rounded to a multiple of this. */
  step: Scalars['Float']['output'];
  /**
   * The published quantile, with noise added.
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value: Scalars['Float']['output'];
  /** The published quantile, with noise added (a multiple of step). */
  valueDecimal: Scalars['Decimal']['output'];
};

/** Whether a closed round's results were published. */
export type BenchmarkOutcome =
  /** The results were published. */
  | 'PUBLISHED'
  /** The results were withheld, to protect the values submitted. */
  | 'WITHHELD';

/** The settings of a differentially private round (ADR 0012). */
export type BenchmarkPrivacyInput = {
  /** Advanced: an exact ε (above 0, at most 5) instead of the level. */
  epsilon?: InputMaybe<Scalars['Float']['input']>;
  /** How private the published figures are. */
  level?: BenchmarkPrivacyLevel;
  /**
   * The lowest plausible value, as a Float.
   * @deprecated Use lowerDecimal instead. Removed after 2027-06-30.
   */
  lower?: InputMaybe<Scalars['Float']['input']>;
  /** The lowest plausible value: smaller ones count as it (required unless the deprecated lower is given). */
  lowerDecimal?: InputMaybe<Scalars['Decimal']['input']>;
  /** Publish the average (figures that add up only). */
  publishMean?: Scalars['Boolean']['input'];
  /** Quantiles to publish, each in (0, 1). Default: 0.25, 0.5, 0.75. */
  quantiles?: InputMaybe<Array<Scalars['Float']['input']>>;
  /**
   * The highest plausible value, as a Float.
   * @deprecated Use upperDecimal instead. Removed after 2027-06-30.
   */
  upper?: InputMaybe<Scalars['Float']['input']>;
  /** The highest plausible value: larger ones count as it (required unless the deprecated upper is given). */
  upperDecimal?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Privacy presets of a differentially private round: ε = 0.5, 1 or 2. */
export type BenchmarkPrivacyLevel =
  /** A balance of privacy and precision. */
  | 'BALANCED'
  /** More precise figures, less privacy. */
  | 'PRECISE'
  /** More privacy, less precise figures. */
  | 'STRONG';

/** The public settings of a differentially private round. */
export type BenchmarkPrivacySettings = {
  __typename?: 'BenchmarkPrivacySettings';
  /** The whole round’s ε. */
  epsilon: Scalars['Float']['output'];
  /** Null when an exact ε was set. */
  level: Maybe<BenchmarkPrivacyLevel>;
  /**
   * The lowest value a submission may count as (values below are clamped).
   * @deprecated Use lowerDecimal instead. Removed after 2027-06-30.
   */
  lower: Scalars['Float']['output'];
  /** The lowest value a submission may count as (values below are clamped). */
  lowerDecimal: Scalars['Decimal']['output'];
  /** Whether the noisy mean is published. */
  publishMean: Scalars['Boolean']['output'];
  /** The quantiles published, each between 0 and 1. */
  quantiles: Array<Scalars['Float']['output']>;
  /**
   * The highest value a submission may count as (values above are clamped).
   * @deprecated Use upperDecimal instead. Removed after 2027-06-30.
   */
  upper: Scalars['Float']['output'];
  /** The highest value a submission may count as (values above are clamped). */
  upperDecimal: Scalars['Decimal']['output'];
};

/** How a round publishes: exact rank-band averages, or noisy figures. */
export type BenchmarkPublicationMode =
  /** Figures with random noise added (differential privacy). */
  | 'DIFFERENTIAL_PRIVACY'
  /** Averages of bands of ranks. */
  | 'RANK_BANDS';

/** The noise added to one published quantile. */
export type BenchmarkQuantileNoise = {
  __typename?: 'BenchmarkQuantileNoise';
  /** What the margin is computed from. */
  basis: BenchmarkMarginBasis;
  /** The share of the round’s ε spent on this figure. */
  epsilon: Scalars['Float']['output'];
  /** 95 times in 100 the figure is within ± margin95 of the true one (see basis). */
  margin95: Scalars['Float']['output'];
  /** The quantile, between 0 and 1: 0.5 for the median. */
  p: Scalars['Float']['output'];
  /** The figure is rounded to a multiple of this. */
  step: Scalars['Float']['output'];
};

/** Why the caller gets no aggregates for a round it sees. */
export type BenchmarkResultHiddenReason =
  /** The viewer's organization submitted no value. */
  | 'DID_NOT_SUBMIT'
  /** The round is not closed yet. */
  | 'NOT_CLOSED'
  /** The results were withheld. */
  | 'WITHHELD';

/** A k-anonymous benchmark: organizations submit privately; once closed, aggregates are published only over at least k contributors. */
export type BenchmarkRound = {
  __typename?: 'BenchmarkRound';
  /** The id of the area it is about; null for the whole collaboration. */
  areaId: Maybe<Scalars['ID']['output']>;
  /** Whether the round can publish at all: enough organizations asked (≥ k) and, for summable metrics, enough of them for nobody to need more than the cap. */
  canPublish: Scalars['Boolean']['output'];
  /** When canPublish is false: what will make it withhold. */
  cannotPublishReason: Maybe<BenchmarkWithheldReason>;
  /** When the results were frozen (null until then, even past closesAt). */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** When submissions close. */
  closesAt: Scalars['DateTime']['output'];
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** Largest share of the total one contributor may hold (summable metrics). */
  dominanceCap: Scalars['Float']['output'];
  /** Whether the facilitator may read the raw values. */
  facilitatorSeesValues: Scalars['Boolean']['output'];
  /** Whether a higher value ranks better. */
  higherIsBetter: Scalars['Boolean']['output'];
  /** The id of the round. */
  id: Scalars['ID']['output'];
  /** Minimum number of contributors for anything to be published. */
  k: Scalars['Int']['output'];
  /** What participants submit a value for. */
  metricName: Scalars['String']['output'];
  /** The band of result.bands your own value fell in (0 = the lowest values; which end is better follows higherIsBetter). Told to your organization only. */
  myBand: Maybe<Scalars['Int']['output']>;
  /** DIFFERENTIAL_PRIVACY rounds: how many of noisyResult.quantiles lie below your own value (0 = below the first). From the published figures and your value only. */
  myQuantilePosition: Maybe<Scalars['Int']['output']>;
  /** Your organization's own value (nobody else's). */
  mySubmission: Maybe<BenchmarkSubmission>;
  /** The noisy figures of a DIFFERENTIAL_PRIVACY round, drawn once when it closed: for the same readers as result. */
  noisyResult: Maybe<BenchmarkNoisyAggregates>;
  /** When submissions open. */
  opensAt: Scalars['DateTime']['output'];
  /** Once closed: for the facilitator and the organizations that submitted. */
  outcome: Maybe<BenchmarkOutcome>;
  /** How many organizations were asked. */
  participantCount: Scalars['Int']['output'];
  /** Facilitator only. */
  participantOrganizationIds: Maybe<Array<Scalars['ID']['output']>>;
  /** The range, ε and figures of a DIFFERENTIAL_PRIVACY round (public). */
  privacy: Maybe<BenchmarkPrivacySettings>;
  /** How results are published. */
  publicationMode: BenchmarkPublicationMode;
  /** The published aggregates: for the facilitator, and for the organizations that submitted ("give to get"). */
  result: Maybe<BenchmarkAggregates>;
  /** When both result and noisyResult are null. */
  resultHiddenReason: Maybe<BenchmarkResultHiddenReason>;
  /** Whether the round is open or closed. */
  status: BenchmarkRoundStatus;
  /** Facilitator only. */
  submissionCount: Maybe<Scalars['Int']['output']>;
  /** Raw values you may read: your organization's own; all of them for the facilitator only when facilitatorSeesValues. */
  submissions: Array<BenchmarkSubmission>;
  /** Values add up (revenue, staff): the dominance cap and the mean apply. */
  summable: Scalars['Boolean']['output'];
  /** The unit of the values. */
  unit: Scalars['String']['output'];
  /** Facilitator only. */
  withheldReason: Maybe<BenchmarkWithheldReason>;
};

/** A page of BenchmarkRound nodes, in the list's order, with what pages on. */
export type BenchmarkRoundConnection = {
  __typename?: 'BenchmarkRoundConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<BenchmarkRoundEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<BenchmarkRound>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A BenchmarkRound of a page, with its cursor. */
export type BenchmarkRoundEdge = {
  __typename?: 'BenchmarkRoundEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The BenchmarkRound. */
  node: BenchmarkRound;
};

/** Where a benchmark round stands. */
export type BenchmarkRoundStatus =
  /** Submissions are closed. */
  | 'CLOSED'
  /** Submissions are open. */
  | 'OPEN'
  /** Submissions open later. */
  | 'SCHEDULED';

/** An organization's private value. */
export type BenchmarkSubmission = {
  __typename?: 'BenchmarkSubmission';
  /** The id of the organization that submitted. */
  organizationId: Scalars['ID']['output'];
  /** When it submitted. */
  submittedAt: Scalars['DateTime']['output'];
  /**
   * The value it submitted, in the round's unit.
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value: Scalars['Float']['output'];
  /** The value it submitted, in the round's unit. */
  valueDecimal: Scalars['Decimal']['output'];
};

/** Why a closed round published nothing. */
export type BenchmarkWithheldReason =
  /** Combined with earlier published rounds, the results would single out too few organizations. */
  | 'DIFFERENCING'
  /** One organization holds too large a share of the total. */
  | 'DOMINANCE'
  /** Published under a rule since retired, which could give values away. */
  | 'RULE_RETIRED'
  /** Fewer organizations submitted than the minimum group size. */
  | 'TOO_FEW_SUBMISSIONS'
  /** Almost every value sits at a known bound, so even the average would give values away. */
  | 'VALUES_AT_LIMIT';

/** Your personal calendar feed: an address a calendar app reads your milestones and tasks from. Its secret is never shown again after creation. */
export type CalendarFeed = {
  __typename?: 'CalendarFeed';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the feed. */
  id: Scalars['ID']['output'];
  /** When a calendar app last read it (to the minute). */
  lastUsedAt: Maybe<Scalars['DateTime']['output']>;
};

/** Why a pledge is cancelled. */
export type CancelPledgeInput = {
  /** Why, in a few words. */
  reason: Scalars['String']['input'];
};

/** A move of the collaboration's status. */
export type ChangeCollaborationStatusInput = {
  /** Why closing without every evaluation (required then). */
  overrideReason?: InputMaybe<Scalars['String']['input']>;
  /** The new status. */
  status: CollaborationStatus;
};

/** A member's new role in the organization. */
export type ChangeOrganizationMemberRoleInput = {
  /** The new role. */
  role: MembershipRole;
};

/** The current password and the new one. */
export type ChangePasswordInput = {
  /** The password in use now. */
  currentPassword: Scalars['String']['input'];
  /** The password to use from now on. */
  newPassword: Scalars['String']['input'];
};

/** A facilitated collaboration between organizations. */
export type Collaboration = {
  __typename?: 'Collaboration';
  /** The option lists (markets, segments, products) of its areas, by area, dimension and position: for the facilitator and active participants. */
  activityOptions: ActivityOptionConnection;
  /** Its areas of exchange, by position: for the facilitator and active participants (nobody else sees any). */
  areas: AreaConnection;
  /** Benchmark rounds, latest opening first: all of them for the facilitator; an organization those it is asked to. */
  benchmarkRounds: BenchmarkRoundConnection;
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** Version of the ground rules in force (0: none published yet). */
  currentGroundRulesVersion: Scalars['Int']['output'];
  /** More about the collaboration. */
  description: Scalars['String']['output'];
  /** Overlaps computed from declared activity, by area: for the facilitator (empty for anyone else), computed on each read. */
  detectedOverlaps: DetectedOverlapConnection;
  /** Its final evaluations you may read, in a stable order: all of them for the facilitator; your own organization’s for a participant. */
  evaluations: EvaluationConnection;
  /** The people who facilitate it. */
  facilitators: Array<Facilitator>;
  /** Once closed: the frozen final statement. */
  finalStatement: Maybe<FinalStatement>;
  /** Valid grants that the rules now in force would not allow, oldest first: for its facilitator (empty for anyone else), to revoke them or keep them with a reason. */
  grantsNeedingReview: GrantToReviewConnection;
  /** The ground rules in force. */
  groundRules: Maybe<GroundRulesVersion>;
  /** Every published version, newest first. */
  groundRulesVersions: Array<GroundRulesVersion>;
  /** The id of the collaboration. */
  id: Scalars['ID']['output'];
  /** Its invitations by email, newest first: all of them for its facilitators; anyone else sees only those to their own address. */
  invitations: CollaborationInvitationConnection;
  /** Your organizations' participations in it. */
  myParticipations: Array<Participation>;
  /** Statuses it may move to next. */
  nextStatuses: Array<CollaborationStatus>;
  /** What the collaboration wants to achieve. */
  objective: Scalars['String']['output'];
  /** For a follow-up: the closed collaboration’s final statement, as the opening context. */
  openingContext: Maybe<FinalStatement>;
  /** Declared overlaps, oldest first: the facilitator sees all; an active participant those that involve its organization. */
  overlaps: OverlapConnection;
  /** Participations you may see: all of them for the facilitator; active ones (and your own) for participants. */
  participations: Array<Participation>;
  /** Pledges by due date, for the facilitator and active participants; `overdue` marks open ones past due. */
  pledges: PledgeConnection;
  /** The closed collaboration this one follows up. */
  previousCollaborationId: Maybe<Scalars['ID']['output']>;
  /** Where the collaboration is in its life. */
  status: CollaborationStatus;
  /** The collaboration's title. */
  title: Scalars['String']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Whether you facilitate it. */
  viewerIsFacilitator: Scalars['Boolean']['output'];
};


/** A facilitated collaboration between organizations. */
export type CollaborationActivityOptionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  areaId: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


/** A facilitated collaboration between organizations. */
export type CollaborationAreasArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
};


/** A facilitated collaboration between organizations. */
export type CollaborationBenchmarkRoundsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A facilitated collaboration between organizations. */
export type CollaborationDetectedOverlapsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  areaId: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


/** A facilitated collaboration between organizations. */
export type CollaborationEvaluationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A facilitated collaboration between organizations. */
export type CollaborationGrantsNeedingReviewArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A facilitated collaboration between organizations. */
export type CollaborationInvitationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A facilitated collaboration between organizations. */
export type CollaborationOverlapsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** A facilitated collaboration between organizations. */
export type CollaborationParticipationsArgs = {
  status: InputMaybe<ParticipationStatus>;
};


/** A facilitated collaboration between organizations. */
export type CollaborationPledgesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status: InputMaybe<PledgeStatus>;
};

/** A page of Collaboration nodes, in the list's order, with what pages on. */
export type CollaborationConnection = {
  __typename?: 'CollaborationConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<CollaborationEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Collaboration>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Collaboration of a page, with its cursor. */
export type CollaborationEdge = {
  __typename?: 'CollaborationEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Collaboration. */
  node: Collaboration;
};

/** An invitation of an organization to a collaboration sent by email, as its facilitators see it. */
export type CollaborationInvitation = {
  __typename?: 'CollaborationInvitation';
  /** When it was accepted or withdrawn. */
  closedAt: Maybe<Scalars['DateTime']['output']>;
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** The address invited (normalized). */
  email: Scalars['String']['output'];
  /** When its link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The id of the invitation. */
  id: Scalars['ID']['output'];
  /** The language of the email. */
  locale: Locale;
  /** The message sent with it. */
  message: Scalars['String']['output'];
  /** When its link was first opened. */
  openedAt: Maybe<Scalars['DateTime']['output']>;
  /** The organization’s name as written in the invitation. */
  organizationName: Scalars['String']['output'];
  /** The participation accepting it made. */
  participationId: Maybe<Scalars['ID']['output']>;
  /** Emails sent: 1, and one more per resend. */
  sendCount: Scalars['Int']['output'];
  /** When the last email went out. */
  sentAt: Scalars['DateTime']['output'];
  /** PENDING (sent, perhaps opened), ACCEPTED, REVOKED (withdrawn), or EXPIRED once pending past `expiresAt`. */
  status: InvitationStatus;
};

/** A page of CollaborationInvitation nodes, in the list's order, with what pages on. */
export type CollaborationInvitationConnection = {
  __typename?: 'CollaborationInvitationConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<CollaborationInvitationEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<CollaborationInvitation>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A CollaborationInvitation of a page, with its cursor. */
export type CollaborationInvitationEdge = {
  __typename?: 'CollaborationInvitationEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The CollaborationInvitation. */
  node: CollaborationInvitation;
};

/** A collaboration in figures, for its facilitator. */
export type CollaborationReport = {
  __typename?: 'CollaborationReport';
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** What was asked to be shared and what came of it. */
  disclosure: DisclosureFunnel;
  /** Once closed. */
  evaluation: Maybe<EvaluationReport>;
  /** When the figures were read. */
  generatedAt: Scalars['DateTime']['output'];
  /** The ledger in figures. */
  ledger: LedgerReport;
  /** Who was invited and what they answered. */
  participation: ParticipationReport;
  /** How far the plan got. */
  plan: PlanReport;
  /** Where the collaboration is in its life. */
  status: CollaborationStatus;
  /** The collaboration's title. */
  title: Scalars['String']['output'];
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

/** The second step of a sign-in with two-factor authentication. */
export type CompleteLoginInput = {
  /** The `secondFactorChallenge.token` that `login` answered. */
  challenge: Scalars['String']['input'];
  /** The 6-digit code your authenticator app shows now. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Or one of your recovery codes (each works once). */
  recoveryCode?: InputMaybe<Scalars['String']['input']>;
};

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

/** A new API token for the signed-in account. */
export type CreateApiTokenInput = {
  /** When it stops working (at most a year). */
  expiresAt: Scalars['DateTime']['input'];
  /** What the token is for, e.g. "Monthly board report". */
  name: Scalars['String']['input'];
  /** Persisted queries: the GraphQL documents (one query each, at most 50) this token may run, and nothing else. Send one by the SHA-256 (hex) of its exact text with Apollo's automatic persisted queries (`extensions.persistedQuery`, version 1), or as the same text. Omitted: any report operation. */
  operations?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A new benchmark round: what is measured and how results are published. */
export type CreateBenchmarkRoundInput = {
  /** An area of the collaboration. */
  areaId?: InputMaybe<Scalars['ID']['input']>;
  /** When submissions close. */
  closesAt: Scalars['DateTime']['input'];
  /** Required for DIFFERENTIAL_PRIVACY, refused otherwise. */
  differentialPrivacy?: InputMaybe<BenchmarkPrivacyInput>;
  /** Largest share of the total one contributor may hold, in (0, 1]. */
  dominanceCap?: Scalars['Float']['input'];
  /** Whether the facilitator may read each organization's value. */
  facilitatorSeesValues?: Scalars['Boolean']['input'];
  /** Whether a higher value ranks better. */
  higherIsBetter?: Scalars['Boolean']['input'];
  /** Minimum group size; at least 3. */
  k?: Scalars['Int']['input'];
  /** What participants submit a value for. */
  metricName: Scalars['String']['input'];
  /** Default: now. */
  opensAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** At least two active participants of the collaboration. */
  participantOrganizationIds: Array<Scalars['ID']['input']>;
  /** How results are published. */
  publicationMode?: BenchmarkPublicationMode;
  /** Values add up (revenue, staff). */
  summable?: Scalars['Boolean']['input'];
  /** e.g. "EUR", "%", "people". */
  unit?: Scalars['String']['input'];
};

/** A new collaboration. */
export type CreateCollaborationInput = {
  /** More about the collaboration. */
  description?: Scalars['String']['input'];
  /** What the collaboration wants to achieve, in a sentence. */
  objective?: Scalars['String']['input'];
  /** The collaboration's title. */
  title: Scalars['String']['input'];
};

/** A new organization; the viewer becomes its owner. */
export type CreateOrganizationInput = {
  /** What kind of organization it is. */
  kind: OrganizationKind;
  /** Its mission, in a sentence. */
  mission?: InputMaybe<Scalars['String']['input']>;
  /** The organization's name. */
  name: Scalars['String']['input'];
  /** What the organization does. */
  whatWeDo?: InputMaybe<Scalars['String']['input']>;
  /** Where the organization is going. */
  whereWeAreGoing?: InputMaybe<Scalars['String']['input']>;
  /** Who the organization is. */
  whoWeAre?: InputMaybe<Scalars['String']['input']>;
};

/** A new webhook endpoint: of a collaboration you facilitate, or of an organization you own. */
export type CreateWebhookEndpointInput = {
  /** The collaboration (you facilitate it) whose events go to the endpoint. Exactly one of this and organizationId. */
  collaborationId?: InputMaybe<Scalars['ID']['input']>;
  /** A note for you (what receives it). */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The kinds of event to deliver (at least one). */
  eventKinds: Array<WebhookEventKind>;
  /** The organization (you own it) whose events go to the endpoint: only what concerns it. Exactly one of this and collaborationId. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Where deliveries are POSTed: an https:// address on the public internet. */
  url: Scalars['String']['input'];
};

/** A token just created: the only time its secret is shown. */
export type CreatedApiToken = {
  __typename?: 'CreatedApiToken';
  /** The secret, shown this once: send it as `Authorization: Bearer <secret>`. Only its hash is kept. */
  secret: Scalars['String']['output'];
  /** The token as listed from now on (without its secret). */
  token: ApiToken;
};

/** A calendar feed just created: the only time its address is shown. */
export type CreatedCalendarFeed = {
  __typename?: 'CreatedCalendarFeed';
  /** The feed as listed from now on. */
  feed: CalendarFeed;
  /** The feed’s address (iCalendar), shown this once: whoever has it reads your calendar. Only a keyed hash of its secret is kept. */
  url: Scalars['String']['output'];
};

/** A new endpoint and its signing secret. */
export type CreatedWebhookEndpoint = {
  __typename?: 'CreatedWebhookEndpoint';
  /** The endpoint. */
  endpoint: WebhookEndpoint;
  /** The signing secret, shown this once: verify `Alianza-Signature` with it (HMAC-SHA256 of "<t>.<raw body>"). */
  secret: Scalars['String']['output'];
};

/** Summary of an uploaded customer list. The identifiers are kept only as keyed hashes and are never shown to anyone, its uploader included. */
export type CustomerList = {
  __typename?: 'CustomerList';
  /** Distinct identifiers kept. */
  accepted: Scalars['Int']['output'];
  /** The id of the area the list is for. */
  areaId: Scalars['ID']['output'];
  /** Lines repeating an identifier already in the file. */
  duplicates: Scalars['Int']['output'];
  /** The name of the uploaded file; null if none was given. */
  fileName: Maybe<Scalars['String']['output']>;
  /** The id of the customer list. */
  id: Scalars['ID']['output'];
  /** The id of the organization that uploaded it. */
  organizationId: Scalars['ID']['output'];
  /** Lines with no valid identifier. */
  rejected: Scalars['Int']['output'];
  /** When it was uploaded. */
  uploadedAt: Scalars['DateTime']['output'];
};

/** A customer list to upload for an area. */
export type CustomerListInput = {
  /** The file’s text (at most 2 MB): one tax id, web domain or email per line, or a CSV whose first column holds them. */
  content: Scalars['String']['input'];
  /** The name of the file, for the uploader's own reference. */
  fileName?: InputMaybe<Scalars['String']['input']>;
  /** Defaults to your organization in this collaboration. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** The facilitator's message with a decision. */
export type DecisionMessageInput = {
  /** The message to the owner. */
  message: Scalars['String']['input'];
};

/** The options an organization declares for an area. */
export type DeclareActivityInput = {
  /** Every option of the area that applies; replaces the previous. */
  optionIds: Array<Scalars['ID']['input']>;
  /** Defaults to your organization in this collaboration. */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** A contribution the viewer's organization gave. */
export type DeclareContributionInput = {
  /** What kind of contribution it was. */
  contributionType: ContributionType;
  /** What was given. */
  description: Scalars['String']['input'];
  /** Defaults to your organization in this collaboration. */
  giverOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The id of the plan milestone. */
  milestoneId?: InputMaybe<Scalars['ID']['input']>;
  /** YYYY-MM-DD */
  occurredOn: Scalars['String']['input'];
  /** Empty: to the collaboration as a whole. One entry per receiver. */
  receiverOrganizationIds: Array<Scalars['ID']['input']>;
  /** The id of the plan task. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  /**
   * Per receiver; exact decimal.
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value?: InputMaybe<Scalars['String']['input']>;
  /** Per receiver, at most 2 decimals (required unless the deprecated value is given). */
  valueDecimal?: InputMaybe<Scalars['Decimal']['input']>;
};

/** A detected overlap to declare as an overlap. */
export type DeclareDetectedOverlapInput = {
  /** The id of the area. */
  areaId: Scalars['ID']['input'];
  /** Your own note: nobody else reads it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The ids of the organizations of the overlap. */
  organizationIds: Array<Scalars['ID']['input']>;
  /** What the organizations involved will read. */
  sharedNote?: InputMaybe<Scalars['String']['input']>;
};

/** How to sign in to the demo accounts of this instance. */
export type DemoSignIn = {
  __typename?: 'DemoSignIn';
  /** The password of every demo account. */
  password: Scalars['String']['output'];
};

/** Where declared activities collide (facilitator only): a pair, or a group of 3+ organizations that declared the same options. */
export type DetectedOverlap = {
  __typename?: 'DetectedOverlap';
  /** The id of the area it is in. */
  areaId: Scalars['ID']['output'];
  /** The facts grew after the last review. */
  changedSinceReview: Scalars['Boolean']['output'];
  /** Stable key: the area and the organizations. */
  id: Scalars['ID']['output'];
  /** How it was found: shared activity options or shared customers. */
  kind: DetectedOverlapKind;
  /** Markets and regions they all declared. */
  markets: Array<ActivityOption>;
  /** Sorted. */
  organizationIds: Array<Scalars['ID']['output']>;
  /** The declared overlap, while it exists. */
  overlapId: Maybe<Scalars['ID']['output']>;
  /** Products and services they all declared. */
  products: Array<ActivityOption>;
  /** The facilitator's decision; null while none. */
  review: Maybe<DetectedOverlapReview>;
  /** The activity options the organizations share. */
  segments: Array<ActivityOption>;
  /** Customers in both lists (pairs only): a count, never the customers. */
  sharedCustomers: Maybe<Scalars['Int']['output']>;
  /** Whether it waits for review, was declared or was dismissed. */
  status: DetectedOverlapStatus;
};

/** A page of DetectedOverlap nodes, in the list's order, with what pages on. */
export type DetectedOverlapConnection = {
  __typename?: 'DetectedOverlapConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<DetectedOverlapEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<DetectedOverlap>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A DetectedOverlap of a page, with its cursor. */
export type DetectedOverlapEdge = {
  __typename?: 'DetectedOverlapEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The DetectedOverlap. */
  node: DetectedOverlap;
};

/** How many organizations a detected overlap involves. */
export type DetectedOverlapKind =
  /** More than two organizations. */
  | 'GROUP'
  /** Two organizations. */
  | 'PAIR';

/** What the facilitator decided about a detected overlap. */
export type DetectedOverlapReview = {
  __typename?: 'DetectedOverlapReview';
  /** When it was decided. */
  decidedAt: Scalars['DateTime']['output'];
  /** The id of the facilitator who decided. */
  decidedBy: Scalars['ID']['output'];
  /** Whether it was declared or dismissed. */
  decision: OverlapReviewDecision;
  /** Why it was dismissed; null if declared. */
  reason: Maybe<Scalars['String']['output']>;
};

/** Where a detected overlap stands. */
export type DetectedOverlapStatus =
  /** The facilitator declared it an overlap. */
  | 'DECLARED'
  /** The facilitator dismissed it. */
  | 'DISMISSED'
  /** It waits for the facilitator's review. */
  | 'NEW';

/** What proves it is the account owner who turns the second factor off. */
export type DisableTwoFactorInput = {
  /** …or a code of your app, or a recovery code. */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Your password… */
  password?: InputMaybe<Scalars['String']['input']>;
};

/** What the facilitator should weigh before deciding. */
export type DisclosureFlags = {
  __typename?: 'DisclosureFlags';
  /** The request proposes an expiry. */
  expires: Scalars['Boolean']['output'];
  /** The owner and a recipient overlap in this area. */
  overlap: Scalars['Boolean']['output'];
  /** The ids of the overlaps the request touches. */
  overlapIds: Array<Scalars['ID']['output']>;
  /** Recipients over the reciprocity threshold, with what they gave and received: for the facilitator only (null for anyone else, which is not "no warning"; see `reciprocityPolicy`). */
  reciprocity: Maybe<Array<ReciprocityWarning>>;
  /** While pending: a recipient is over the reciprocity threshold, so the facilitator decides. Readable by the owner, without anyone's balance. */
  reciprocityPolicy: Scalars['Boolean']['output'];
  /** Whether recipients may pass it on to others. */
  thirdPartyRule: ThirdPartyRule;
};

/** Disclosure requests by outcome, grants by state, and time to decision. */
export type DisclosureFunnel = {
  __typename?: 'DisclosureFunnel';
  /** How many were approved. */
  approved: Scalars['Int']['output'];
  /** Approved without the facilitator (open areas). */
  approvedAutomatically: Scalars['Int']['output'];
  /** How many the facilitator sent back for changes. */
  changesRequested: Scalars['Int']['output'];
  /** Median hours from request to the facilitator’s decision. */
  decisionHoursP50: Maybe<Scalars['Float']['output']>;
  /** 90th percentile of the same. */
  decisionHoursP90: Maybe<Scalars['Float']['output']>;
  /** How many grants approvals created. */
  grants: Scalars['Int']['output'];
  /** How many grants can be read now. */
  grantsActive: Scalars['Int']['output'];
  /** How many grants expired. */
  grantsExpired: Scalars['Int']['output'];
  /** How many grants the owner revoked. */
  grantsRevoked: Scalars['Int']['output'];
  /** How many wait for the facilitator. */
  pending: Scalars['Int']['output'];
  /** How many were rejected. */
  rejected: Scalars['Int']['output'];
  /** How many disclosure requests were made. */
  requested: Scalars['Int']['output'];
  /** How many the owner withdrew. */
  withdrawn: Scalars['Int']['output'];
};

/** An owner's request to share a version of an item, which the facilitator decides. */
export type DisclosureRequest = {
  __typename?: 'DisclosureRequest';
  /** The hidden values the facilitator acknowledged on approving. */
  acknowledgedHiddenValues: Array<AcknowledgedHiddenValue>;
  /** The ids of the overlaps the facilitator acknowledged on approving. */
  acknowledgedOverlapIds: Array<Scalars['ID']['output']>;
  /** The id of the item's area. */
  areaId: Scalars['ID']['output'];
  /** Who it is shared with: named organizations or all active ones. */
  audienceKind: AudienceKind;
  /** Approved automatically (open area, no overlap). */
  autoApproved: Scalars['Boolean']['output'];
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** When the facilitator decided; null until then. */
  decidedAt: Maybe<Scalars['DateTime']['output']>;
  /** The facilitator's message with the decision; null if none. */
  decisionMessage: Maybe<Scalars['String']['output']>;
  /** When the grants end; null for no end. */
  expiresAt: Maybe<Scalars['DateTime']['output']>;
  /** What the facilitator should weigh: overlaps and the rule on passing it on. */
  flags: DisclosureFlags;
  /** Grants made by the approval, with their state. */
  grants: Array<Grant>;
  /** Hidden fields whose value each recipient could still read elsewhere: with the proposal while pending, with each grant’s redaction once approved. Approving while there are any needs acknowledgeHiddenValueLeaks. */
  hiddenValueWarnings: Array<HiddenValueWarning>;
  /** The id of the request. */
  id: Scalars['ID']['output'];
  /** The id of the item. */
  itemId: Scalars['ID']['output'];
  /** The version asked for, unredacted (owner and facilitator). */
  itemVersion: ItemVersion;
  /** The id of the version to share. */
  itemVersionId: Scalars['ID']['output'];
  /** The owner's note to the facilitator. */
  note: Scalars['String']['output'];
  /** The id of the organization that owns the item. */
  ownerOrganizationId: Scalars['ID']['output'];
  /** Exactly what each recipient would see, if approved as proposed. */
  previews: Array<RecipientPreview>;
  /** What the owner proposes to hide. */
  proposedRedaction: Redaction;
  /** The ids of the named recipients; empty for all active ones. */
  recipientOrganizationIds: Array<Scalars['ID']['output']>;
  /** Where the request stands. */
  status: DisclosureStatus;
};

/** A page of DisclosureRequest nodes, in the list's order, with what pages on. */
export type DisclosureRequestConnection = {
  __typename?: 'DisclosureRequestConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<DisclosureRequestEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<DisclosureRequest>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A DisclosureRequest of a page, with its cursor. */
export type DisclosureRequestEdge = {
  __typename?: 'DisclosureRequestEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The DisclosureRequest. */
  node: DisclosureRequest;
};

/** What to share, with whom, and what to hide. */
export type DisclosureRequestInput = {
  /** Who to share with: named organizations or all active ones. */
  audienceKind: AudienceKind;
  /** When the grants end; no end when omitted. */
  expiresAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** A note to the facilitator. */
  note?: Scalars['String']['input'];
  /** Required when audienceKind is NAMED. */
  recipientOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What to hide; nothing when omitted. */
  redaction?: InputMaybe<RedactionInput>;
  /** Defaults to the current version. */
  version?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a disclosure request stands. */
export type DisclosureStatus =
  /** Approved: its grants were created. */
  | 'APPROVED'
  /** Sent back to the owner for changes. */
  | 'CHANGES_REQUESTED'
  /** Waits for the facilitator. */
  | 'PENDING'
  /** Rejected by the facilitator. */
  | 'REJECTED'
  /** Withdrawn by the owner. */
  | 'WITHDRAWN';

/** A detected overlap to dismiss, with the reason. */
export type DismissDetectedOverlapInput = {
  /** The id of the area. */
  areaId: Scalars['ID']['input'];
  /** The ids of the organizations of the overlap. */
  organizationIds: Array<Scalars['ID']['input']>;
  /** Why it is not an overlap. */
  reason: Scalars['String']['input'];
};

/** The token of a link emailed to confirm an address. */
export type EmailLinkInput = {
  /** The token of the link in the email. */
  token: Scalars['String']['input'];
};

/** Whether an organization seeks or offers something. */
export type EntryDirection =
  /** The organization offers it. */
  | 'OFFER'
  /** The organization seeks it. */
  | 'SEEK';

/** An organization's final evaluation of the collaboration. */
export type Evaluation = {
  __typename?: 'Evaluation';
  /** Its overall assessment. */
  assessment: Scalars['String']['output'];
  /** The id of the evaluation. */
  id: Scalars['ID']['output'];
  /** Its ratings of the objectives. */
  objectiveRatings: Array<ObjectiveRating>;
  /** Null: the facilitator's assessment. */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** Its ratings of the other organizations. */
  peerRatings: Array<PeerRating>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** A page of Evaluation nodes, in the list's order, with what pages on. */
export type EvaluationConnection = {
  __typename?: 'EvaluationConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<EvaluationEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Evaluation>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Evaluation of a page, with its cursor. */
export type EvaluationEdge = {
  __typename?: 'EvaluationEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Evaluation. */
  node: Evaluation;
};

/** The viewer's organization's final evaluation. */
export type EvaluationInput = {
  /** The overall assessment. */
  assessment?: Scalars['String']['input'];
  /** A rating of each objective. */
  objectiveRatings?: Array<ObjectiveRatingInput>;
  /** A rating of each other organization. */
  peerRatings?: Array<PeerRatingInput>;
};

/** The final evaluation in figures. */
export type EvaluationReport = {
  __typename?: 'EvaluationReport';
  /** Participants that evaluated. */
  evaluations: Scalars['Int']['output'];
  /** Whether the facilitator has written an assessment. */
  facilitatorAssessed: Scalars['Boolean']['output'];
  /** Ratings per objective. */
  objectives: Array<ObjectiveRatingReport>;
  /** Ratings per organization. */
  peers: Array<PeerRatingReport>;
};

/** A person who facilitates the collaboration. */
export type Facilitator = {
  __typename?: 'Facilitator';
  /** The name the person shows to others. */
  displayName: Scalars['String']['output'];
  /** The id of the person. */
  id: Scalars['ID']['output'];
};

/** A recipient viewed or downloaded a shared file. */
export type FileAccess = {
  __typename?: 'FileAccess';
  /** When it was opened. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the grant it went through. */
  grantId: Scalars['ID']['output'];
  /** The id of the access. */
  id: Scalars['ID']['output'];
  /** Whether the file was viewed or downloaded. */
  kind: FileAccessKind;
  /** The pages it held; null: the whole file. */
  pages: Maybe<Array<Scalars['Int']['output']>>;
  /** The id of the organization that opened it. */
  recipientOrganizationId: Scalars['ID']['output'];
  /** The id of the person who opened it. */
  userId: Scalars['ID']['output'];
  /** The display name of the person who opened it. */
  userName: Scalars['String']['output'];
};

/** A page of FileAccess nodes, in the list's order, with what pages on. */
export type FileAccessConnection = {
  __typename?: 'FileAccessConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<FileAccessEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<FileAccess>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A FileAccess of a page, with its cursor. */
export type FileAccessEdge = {
  __typename?: 'FileAccessEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The FileAccess. */
  node: FileAccess;
};

/** How a recipient opened a shared file. */
export type FileAccessKind =
  /** The file was downloaded. */
  | 'DOWNLOAD'
  /** The file was viewed in the browser. */
  | 'VIEW';

/** A file of the version that a recipient gets (docs/adr/0032); files not listed are withheld. */
export type FileShare = {
  __typename?: 'FileShare';
  /** Whether it may be downloaded, not only viewed. */
  download: Scalars['Boolean']['output'];
  /** The id of the file. */
  fileId: Scalars['ID']['output'];
  /** Pages of a PDF; null: the whole file. */
  pages: Maybe<Array<Scalars['Int']['output']>>;
};

/** A file of the version that a recipient gets (docs/adr/0032); files not listed are withheld. */
export type FileShareInput = {
  /** Whether it may be downloaded, not only viewed. */
  download?: Scalars['Boolean']['input'];
  /** The id of the file. */
  fileId: Scalars['ID']['input'];
  /** Pages of a PDF (from 1); null or absent: the whole file. */
  pages?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** The frozen "debe y haber" of a closed collaboration. */
export type FinalStatement = {
  __typename?: 'FinalStatement';
  /** The ledger balances at closing. */
  balances: StatementBalances;
  /** When the collaboration was closed. */
  closedAt: Scalars['DateTime']['output'];
  /** The collaboration. */
  collaboration: StatementCollaboration;
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** The statement as stored (JSON), for clients that check `hash` against its canonical form; screens read the typed fields. */
  content: Scalars['String']['output'];
  /** The final evaluations. */
  evaluations: Array<StatementEvaluation>;
  /** SHA-256 of the canonical content. */
  hash: Scalars['String']['output'];
  /** Organizations that had not evaluated (the facilitator closed with an override). */
  missingEvaluations: Array<Scalars['ID']['output']>;
  /** Why the facilitator closed it with evaluations missing; null if none were. */
  overrideReason: Maybe<Scalars['String']['output']>;
  /** The plan at closing. */
  plan: StatementPlan;
};

/** A collaboration that follows up a closed one, and whom to invite. */
export type FollowUpCollaborationInput = {
  /** More about the collaboration. */
  description?: Scalars['String']['input'];
  /** What the collaboration wants to achieve, in a sentence. */
  objective?: Scalars['String']['input'];
  /** The organizations to invite. Default: every former participant. */
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The collaboration's title. */
  title: Scalars['String']['input'];
};

/** The ledger entries that fulfil a pledge. */
export type FulfilPledgeInput = {
  /** The ids of the entries. */
  entryIds: Array<Scalars['ID']['input']>;
};

/** One recipient’s right to read one item version, as approved. */
export type Grant = {
  __typename?: 'Grant';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the grant. */
  id: Scalars['ID']['output'];
  /** The id of the item. */
  itemId: Scalars['ID']['output'];
  /** The id of the version shared. */
  itemVersionId: Scalars['ID']['output'];
  /** The id of the organization that owns the item. */
  ownerOrganizationId: Scalars['ID']['output'];
  /** The id of the organization that may read it. */
  recipientOrganizationId: Scalars['ID']['output'];
  /** What is hidden from the recipient. */
  redaction: Redaction;
  /** Short reference printed in the watermark. */
  reference: Scalars['String']['output'];
  /** The id of the request that created it. */
  requestId: Scalars['ID']['output'];
  /** Why it was revoked; null if no reason was given. */
  revokeReason: Maybe<Scalars['String']['output']>;
  /** When it was revoked; null unless it was. */
  revokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether it can be read now, was revoked or expired. */
  state: GrantState;
  /** When it ends; null for no end. */
  validUntil: Maybe<Scalars['DateTime']['output']>;
};

/** Whether a grant can be read. */
export type GrantState =
  /** The recipient can read it. */
  | 'ACTIVE'
  /** Its end date has passed. */
  | 'EXPIRED'
  /** The owner revoked it. */
  | 'REVOKED';

/** A valid grant that the rules now in force would not allow. */
export type GrantToReview = {
  __typename?: 'GrantToReview';
  /** The grant. */
  grant: Grant;
  /** Why the facilitator should review it. */
  reasons: Array<ReviewReason>;
};

/** A page of GrantToReview nodes, in the list's order, with what pages on. */
export type GrantToReviewConnection = {
  __typename?: 'GrantToReviewConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<GrantToReviewEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<GrantToReview>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A GrantToReview of a page, with its cursor. */
export type GrantToReviewEdge = {
  __typename?: 'GrantToReviewEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The GrantToReview. */
  node: GrantToReview;
};

/** An organization's acceptance of a version of the ground rules. */
export type GroundRulesAcceptance = {
  __typename?: 'GroundRulesAcceptance';
  /** When it was accepted. */
  acceptedAt: Scalars['DateTime']['output'];
  /** The name of the person who accepted. */
  acceptedByName: Scalars['String']['output'];
  /** The id of the acceptance. */
  id: Scalars['ID']['output'];
  /** The id of the organization. */
  organizationId: Scalars['ID']['output'];
  /** The organization's name. */
  organizationName: Scalars['String']['output'];
  /** The id of the participation. */
  participationId: Scalars['ID']['output'];
  /** The version accepted. */
  version: Scalars['Int']['output'];
};

/** A published version of the collaboration's ground rules. */
export type GroundRulesVersion = {
  __typename?: 'GroundRulesVersion';
  /** Who accepted this version (as far as you may see). */
  acceptances: Array<GroundRulesAcceptance>;
  /** Rules of the game between the parties (markdown). */
  body: Scalars['String']['output'];
  /** What changed from the version before. */
  changeSummary: Scalars['String']['output'];
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** The id of the version. */
  id: Scalars['ID']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** The name of the facilitator who published it. */
  publishedByName: Scalars['String']['output'];
  /** Rules of the game toward third parties (markdown). */
  thirdPartyRules: Scalars['String']['output'];
  /** Its number, from 1. */
  version: Scalars['Int']['output'];
};

/** A part of a file a recipient gets that shows a hidden value: a page of a PDF, a sheet of a workbook, or a whole CSV. */
export type HiddenValueFileLocation = {
  __typename?: 'HiddenValueFileLocation';
  /** The id of the file. */
  fileId: Scalars['ID']['output'];
  /** The file's name. */
  fileName: Scalars['String']['output'];
  /** Page of a PDF (1 is the first). */
  page: Maybe<Scalars['Int']['output']>;
  /** Sheet of a workbook. */
  sheet: Maybe<Scalars['String']['output']>;
};

/** A field hidden from a recipient whose value that recipient could still read: in the text (spans of the text as read), in the title, in a visible field or in a file it gets. */
export type HiddenValueWarning = {
  __typename?: 'HiddenValueWarning';
  /** The key of the field. */
  fieldKey: Scalars['String']['output'];
  /** The label of the field. */
  fieldLabel: Scalars['String']['output'];
  /** Where the text still shows the value. */
  inBody: Array<Span>;
  /** Keys of visible fields that show the value. */
  inFieldKeys: Array<Scalars['String']['output']>;
  /** Parts of the files it gets (only the pages shared with it) that show the value, where their text can be extracted. */
  inFiles: Array<HiddenValueFileLocation>;
  /** The title shows the value (it is never hidden). */
  inTitle: Scalars['Boolean']['output'];
  /** The id of the organization from whom the value is hidden. */
  organizationId: Scalars['ID']['output'];
};

/** A measure of an objective, from a baseline to a target. */
export type Indicator = {
  __typename?: 'Indicator';
  /**
   * The value at the start.
   * @deprecated Use baselineDecimal instead. Removed after 2027-06-30.
   */
  baseline: Scalars['Float']['output'];
  /** The value at the start. */
  baselineDecimal: Scalars['Decimal']['output'];
  /**
   * Latest reported value.
   * @deprecated Use currentDecimal instead. Removed after 2027-06-30.
   */
  current: Maybe<Scalars['Float']['output']>;
  /** Latest reported value. */
  currentDecimal: Maybe<Scalars['Decimal']['output']>;
  /** Whether the value should go up or down. */
  direction: IndicatorDirection;
  /** The id of the indicator. */
  id: Scalars['ID']['output'];
  /** The indicator's name. */
  name: Scalars['String']['output'];
  /** The id of the objective it measures. */
  objectiveId: Scalars['ID']['output'];
  /** Percent of the way from baseline to target (0–100). */
  progressPercent: Maybe<Scalars['Float']['output']>;
  /**
   * The value to reach.
   * @deprecated Use targetDecimal instead. Removed after 2027-06-30.
   */
  target: Scalars['Float']['output'];
  /** The value to reach. */
  targetDecimal: Scalars['Decimal']['output'];
  /** The unit of its values. */
  unit: Scalars['String']['output'];
};

/** Which way an indicator should move. */
export type IndicatorDirection =
  /** Lower values are better. */
  | 'DECREASE'
  /** Higher values are better. */
  | 'INCREASE';

/** A new indicator of an objective. */
export type IndicatorInput = {
  /**
   * The value at the start.
   * @deprecated Use baselineDecimal instead. Removed after 2027-06-30.
   */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** The value at the start (required unless the deprecated baseline is given). */
  baselineDecimal?: InputMaybe<Scalars['Decimal']['input']>;
  /** Whether the value should go up or down. */
  direction: IndicatorDirection;
  /** The indicator's name. */
  name: Scalars['String']['input'];
  /**
   * The value to reach.
   * @deprecated Use targetDecimal instead. Removed after 2027-06-30.
   */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** The value to reach (required unless the deprecated target is given). */
  targetDecimal?: InputMaybe<Scalars['Decimal']['input']>;
  /** The unit of its values. */
  unit: Scalars['String']['input'];
};

/** One indicator of the plan with how far it got. */
export type IndicatorReport = {
  __typename?: 'IndicatorReport';
  /**
   * The value at the start.
   * @deprecated Use baselineDecimal instead. Removed after 2027-06-30.
   */
  baseline: Scalars['Float']['output'];
  /** The value at the start. */
  baselineDecimal: Scalars['Decimal']['output'];
  /**
   * The latest reported value.
   * @deprecated Use currentDecimal instead. Removed after 2027-06-30.
   */
  current: Maybe<Scalars['Float']['output']>;
  /** The latest reported value. */
  currentDecimal: Maybe<Scalars['Decimal']['output']>;
  /** The id of the indicator. */
  indicatorId: Scalars['ID']['output'];
  /** The indicator's name. */
  name: Scalars['String']['output'];
  /** The title of the objective it measures. */
  objective: Scalars['String']['output'];
  /** How far from baseline to target the latest value is, in percent; null without a value. */
  progressPercent: Maybe<Scalars['Float']['output']>;
  /**
   * The value to reach.
   * @deprecated Use targetDecimal instead. Removed after 2027-06-30.
   */
  target: Scalars['Float']['output'];
  /** The value to reach. */
  targetDecimal: Scalars['Decimal']['output'];
  /** The unit of its values. */
  unit: Scalars['String']['output'];
};

/** A value of an indicator reported in a progress update. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** The id of the indicator. */
  indicatorId: Scalars['ID']['output'];
  /**
   * The value, in the indicator's unit.
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value: Scalars['Float']['output'];
  /** The value, in the indicator's unit. */
  valueDecimal: Scalars['Decimal']['output'];
};

/** A value of an indicator to report. */
export type IndicatorValueInput = {
  /** The id of the plan indicator. */
  indicatorId: Scalars['ID']['input'];
  /**
   * The value, in the indicator's unit.
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value?: InputMaybe<Scalars['Float']['input']>;
  /** The value, in the indicator's unit (required unless the deprecated value is given). */
  valueDecimal?: InputMaybe<Scalars['Decimal']['input']>;
};

/** What an emailed invitation link is for, as whoever holds it sees it (signed in or not). */
export type InvitationLink = {
  __typename?: 'InvitationLink';
  /** Whether an account has the address: sign in, else sign up. */
  accountExists: Scalars['Boolean']['output'];
  /** COLLABORATION: the collaboration. */
  collaborationId: Maybe<Scalars['ID']['output']>;
  /** COLLABORATION: its title. */
  collaborationTitle: Maybe<Scalars['String']['output']>;
  /** The address invited: only an account with it may use the link. */
  email: Scalars['String']['output'];
  /** When the link stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The invitation’s id (to answer it once signed in). */
  invitationId: Scalars['ID']['output'];
  /** Who sent it. */
  invitedByName: Scalars['String']['output'];
  /** What the link invites to. */
  kind: InvitationLinkKind;
  /** The language the invitation was sent in. */
  locale: Locale;
  /** ORGANIZATION: the organization to join. */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** COLLABORATION: the name proposed for the organization; ORGANIZATION: the organization to join. */
  organizationName: Scalars['String']['output'];
  /** ORGANIZATION: the role offered. */
  role: Maybe<MembershipRole>;
  /** PENDING: usable; ACCEPTED or DECLINED: used; REVOKED: withdrawn; EXPIRED: past `expiresAt`. */
  status: InvitationStatus;
};

/** What an invitation link invites to. */
export type InvitationLinkKind =
  /** To take part in a collaboration. */
  | 'COLLABORATION'
  /** To join an organization. */
  | 'ORGANIZATION';

/** Where an invitation stands. */
export type InvitationStatus =
  /** It was accepted. */
  | 'ACCEPTED'
  /** It was declined. */
  | 'DECLINED'
  /** It expired unanswered. */
  | 'EXPIRED'
  /** It waits for an answer. */
  | 'PENDING'
  /** The organization revoked it. */
  | 'REVOKED';

/** An organization to invite by its owner’s email: neither needs to be on the platform yet. */
export type InviteByEmailInput = {
  /** Where the invitation goes: the person who will answer for it. */
  email: Scalars['String']['input'];
  /** The language of the email (the console sends the one it is shown in). */
  locale?: Locale;
  /** Why you invite it: shown once the person signs in, never in the email. */
  message?: Scalars['String']['input'];
  /** The organization’s name, proposed when the person founds it. */
  organizationName: Scalars['String']['input'];
};

/** An organization to invite into the collaboration. */
export type InviteOrganizationInput = {
  /** A message to the invited organization. */
  message?: Scalars['String']['input'];
  /** The id of the organization. */
  organizationId: Scalars['ID']['input'];
};

/** A person to invite into the organization, with a role. */
export type InviteOrganizationMemberInput = {
  /** The address to invite; it need not have an account yet. */
  email: Scalars['String']['input'];
  /** The language of the email with the link (the web apps send the one they are shown in). */
  locale?: Locale;
  /** The role the person gets on accepting (an owner too must accept). */
  role?: MembershipRole;
};

/** An organization's own information: visible to its members and the facilitator. */
export type Item = {
  __typename?: 'Item';
  /** The id of the area it belongs to. */
  areaId: Scalars['ID']['output'];
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The number of its latest version. */
  currentVersion: Scalars['Int']['output'];
  /** Which organizations hold a grant on which version, and its state (owner and facilitator). */
  grants: Array<Grant>;
  /** The id of the item. */
  id: Scalars['ID']['output'];
  /** Its latest version. */
  latest: ItemVersion;
  /** The id of the organization that owns it. */
  ownerOrganizationId: Scalars['ID']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Every version, newest first. */
  versions: Array<ItemVersion>;
};

/** A page of Item nodes, in the list's order, with what pages on. */
export type ItemConnection = {
  __typename?: 'ItemConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<ItemEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Item>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** The content of an item: saved as a new version. */
export type ItemContentInput = {
  /** Markdown. */
  body?: Scalars['String']['input'];
  /** The item's fields. */
  fields?: Array<ItemFieldInput>;
  /** The new version's documents, in order: files uploaded (POST /files) for the item's participant and not attached yet, or files of the item's current version. Left out: the current version's files (none for a new item); []: none. */
  fileIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Whether recipients may pass it on to others. */
  thirdPartyRule?: ThirdPartyRule;
  /** The item's title. */
  title: Scalars['String']['input'];
};

/** A Item of a page, with its cursor. */
export type ItemEdge = {
  __typename?: 'ItemEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Item. */
  node: Item;
};

/** A field of an item: a text or a number with its label. */
export type ItemField = {
  __typename?: 'ItemField';
  /** The field's key, stable across versions. */
  key: Scalars['String']['output'];
  /** The field's label. */
  label: Scalars['String']['output'];
  /** The number; null for a text field. */
  number: Maybe<Scalars['Float']['output']>;
  /** The text; null for a number field. */
  text: Maybe<Scalars['String']['output']>;
  /** Whether it holds text or a number. */
  type: ItemFieldType;
};

/** A field of an item: a text or a number with its label. */
export type ItemFieldInput = {
  /** Keep the key of the previous version so redactions carry over. */
  key?: InputMaybe<Scalars['String']['input']>;
  /** The field's label. */
  label: Scalars['String']['input'];
  /** The number, for a number field. */
  number?: InputMaybe<Scalars['Float']['input']>;
  /** The text, for a text field. */
  text?: InputMaybe<Scalars['String']['input']>;
  /** Whether it holds text or a number. */
  type: ItemFieldType;
};

/** What a field of an item holds. */
export type ItemFieldType =
  /** A number. */
  | 'NUMBER'
  /** Text. */
  | 'TEXT';

/** A document of an item version: for the owner organization and the facilitator (download: GET /files/{id}). */
export type ItemFile = {
  __typename?: 'ItemFile';
  /** Who opened this file through a grant, newest first: for the owner organization and the facilitator. */
  accesses: FileAccessConnection;
  /** Size in bytes. */
  bytes: Scalars['Float']['output'];
  /** The id of the file. */
  id: Scalars['ID']['output'];
  /** What kind of file it is. */
  kind: ItemFileKind;
  /** Decided from the content. */
  mediaType: Scalars['String']['output'];
  /** Sanitised, with the extension of its type. */
  name: Scalars['String']['output'];
  /** Pages of a PDF; null for other kinds. */
  pages: Maybe<Scalars['Int']['output']>;
  /** SHA-256 of the content, hex. */
  sha256: Scalars['String']['output'];
  /** When it was uploaded. */
  uploadedAt: Scalars['DateTime']['output'];
};


/** A document of an item version: for the owner organization and the facilitator (download: GET /files/{id}). */
export type ItemFileAccessesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** What a document is, decided from its content. */
export type ItemFileKind =
  /** A text document. */
  | 'DOCUMENT'
  /** An image. */
  | 'IMAGE'
  /** Anything else; not accepted for now. */
  | 'OTHER'
  /** A PDF document. */
  | 'PDF'
  /** A spreadsheet. */
  | 'SPREADSHEET';

/** One version of an item's content. */
export type ItemVersion = {
  __typename?: 'ItemVersion';
  /** Markdown. */
  body: Scalars['String']['output'];
  /** When it was saved. */
  createdAt: Scalars['DateTime']['output'];
  /** The item's fields in this version. */
  fields: Array<ItemField>;
  /** The version's documents, in order: for the owner organization's members and the facilitator (recipients of a grant get none). */
  files: Array<ItemFile>;
  /** The id of the version. */
  id: Scalars['ID']['output'];
  /** The id of the item. */
  itemId: Scalars['ID']['output'];
  /** Whether recipients may pass it on to others. */
  thirdPartyRule: ThirdPartyRule;
  /** The item's title in this version. */
  title: Scalars['String']['output'];
  /** Its number, from 1. */
  version: Scalars['Int']['output'];
};

/** Over confirmed entries only; exact decimals. */
export type LedgerBalances = {
  __typename?: 'LedgerBalances';
  /** The value per month. */
  byMonth: Array<MonthBalance>;
  /** The value per kind of contribution. */
  byType: Array<TypeBalance>;
  /** Each organization's balance. */
  organizations: Array<OrganizationBalance>;
  /** Who gave what to whom. */
  pairs: Array<PairBalance>;
};

/** A contribution one organization declared it gave another (or the group). */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** What kind of contribution it was. */
  contributionType: ContributionType;
  /** When it was declared. */
  createdAt: Scalars['DateTime']['output'];
  /** What was given. */
  description: Scalars['String']['output'];
  /** Why the receiver disputes it; null unless disputed. */
  disputeReason: Maybe<Scalars['String']['output']>;
  /** The id of the organization that gave. */
  giverOrganizationId: Scalars['ID']['output'];
  /** The id of the grant that created it; null unless it came from one. */
  grantId: Maybe<Scalars['ID']['output']>;
  /** The id of the entry. */
  id: Scalars['ID']['output'];
  /** The id of the plan milestone it was for; null if none. */
  milestoneId: Maybe<Scalars['ID']['output']>;
  /** YYYY-MM-DD */
  occurredOn: Scalars['String']['output'];
  /** Null: to the collaboration as a whole. */
  receiverOrganizationId: Maybe<Scalars['ID']['output']>;
  /** Why the facilitator settled a dispute as it did; null unless settled. */
  settleReason: Maybe<Scalars['String']['output']>;
  /** How the entry came about. */
  source: LedgerEntrySource;
  /** Whether it waits, was confirmed or is disputed. */
  status: LedgerEntryStatus;
  /** The id of the plan task it was for; null if none. */
  taskId: Maybe<Scalars['ID']['output']>;
  /** Exact decimal, in the collaboration’s scale. */
  value: Scalars['Decimal']['output'];
};

/** A page of LedgerEntry nodes, in the list's order, with what pages on. */
export type LedgerEntryConnection = {
  __typename?: 'LedgerEntryConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<LedgerEntryEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<LedgerEntry>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A LedgerEntry of a page, with its cursor. */
export type LedgerEntryEdge = {
  __typename?: 'LedgerEntryEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The LedgerEntry. */
  node: LedgerEntry;
};

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

/** The ledger in figures: entries waiting, balances and pledges. */
export type LedgerReport = {
  __typename?: 'LedgerReport';
  /** Sum of confirmed contributions. */
  confirmedValue: Scalars['Decimal']['output'];
  /** ISO 4217, for the money scale. */
  currency: Maybe<Scalars['String']['output']>;
  /** How many entries are disputed. */
  entriesDisputed: Scalars['Int']['output'];
  /** How many entries wait for confirmation. */
  entriesPending: Scalars['Int']['output'];
  /** Each organization's balance. */
  organizations: Array<OrganizationBalanceReport>;
  /** What each organization gave each other one. */
  pairs: Array<PairBalanceReport>;
  /** How many pledges were cancelled. */
  pledgesCancelled: Scalars['Int']['output'];
  /** How many pledges were fulfilled. */
  pledgesFulfilled: Scalars['Int']['output'];
  /** How many pledges are open. */
  pledgesOpen: Scalars['Int']['output'];
  /** How many open pledges are past due. */
  pledgesOverdue: Scalars['Int']['output'];
  /** How the ledger values contributions. */
  valuationScale: ValuationScale;
};

/** How the collaboration's ledger values contributions. */
export type LedgerSettings = {
  __typename?: 'LedgerSettings';
  /** What an approved disclosure in each area is worth. */
  areaValues: Array<AreaValue>;
  /** The currency code (ISO 4217) when the scale is money; null otherwise. */
  currency: Maybe<Scalars['String']['output']>;
  /** Received minus given above which no disclosure is auto-approved for an organization (null: none). */
  reciprocityThreshold: Maybe<Scalars['Decimal']['output']>;
  /** Whether the scale and currency can no longer change: true from the first entry with a value (setLedgerSettings then answers CONFLICT for a change of either). */
  scaleLocked: Scalars['Boolean']['output'];
  /** The scale values are given in. */
  valuationScale: ValuationScale;
};

/** How the ledger values contributions. */
export type LedgerSettingsInput = {
  /** Values per area. */
  areaValues?: Array<AreaValueInput>;
  /** ISO 4217, for the money scale. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /**
   * "Give first, then receive": the tolerated gap (received minus given).
   * @deprecated Use reciprocityThresholdDecimal instead. Removed after 2027-06-30.
   */
  reciprocityThreshold?: InputMaybe<Scalars['String']['input']>;
  /** "Give first, then receive": the tolerated gap (received minus given), at most 2 decimals; null: none. */
  reciprocityThresholdDecimal?: InputMaybe<Scalars['Decimal']['input']>;
  /** The scale values are given in. */
  valuationScale: ValuationScale;
};

/** A language of the interface and of the emails a person receives. */
export type Locale =
  /** English */
  | 'EN'
  /** Español */
  | 'ES';

/** Email and password of an account. */
export type LoginInput = {
  /** The email address of the account. */
  email: Scalars['String']['input'];
  /** API clients: also return the session token, to send as `Authorization: Bearer <token>`. Web apps leave this off and rely on the httpOnly session cookie. */
  issueBearerToken?: Scalars['Boolean']['input'];
  /** The password of the account. */
  password: Scalars['String']['input'];
};

/** An email in the outgoing queue (administrators only). */
export type MailMessage = {
  __typename?: 'MailMessage';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When it was queued. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the message. */
  id: Scalars['ID']['output'];
  /** What the message is (`password-reset`, `invitation`…). */
  kind: Scalars['String']['output'];
  /** Why the last attempt failed. */
  lastError: Maybe<Scalars['String']['output']>;
  /** The language it is written in. */
  locale: Locale;
  /** When the next attempt is due (queued messages only). */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** The address it goes to. */
  recipient: Scalars['String']['output'];
  /** When it was sent; null until then. */
  sentAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether it waits, was sent or failed. */
  status: MailStatus;
};

/** A page of MailMessage nodes, in the list's order, with what pages on. */
export type MailMessageConnection = {
  __typename?: 'MailMessageConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<MailMessageEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<MailMessage>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A MailMessage of a page, with its cursor. */
export type MailMessageEdge = {
  __typename?: 'MailMessageEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The MailMessage. */
  node: MailMessage;
};

/** Where an email of the queue stands. */
export type MailStatus =
  /** Every attempt failed; it may be sent again (`retryMail`). */
  | 'FAILED'
  /** Waiting to be sent (now, or after a failed attempt). */
  | 'QUEUED'
  /** Being handed to the mail server. */
  | 'SENDING'
  /** Accepted by the mail server. */
  | 'SENT';

/** Which notifications to mark read. */
export type MarkNotificationsReadInput = {
  /** Which ones; all of yours when absent. */
  notificationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** A person in an organization, as its co-members see them. */
export type Member = {
  __typename?: 'Member';
  /** The name the person shows to others. */
  displayName: Scalars['String']['output'];
  /** The person's email address. */
  email: Scalars['String']['output'];
  /** The id of the person. */
  id: Scalars['ID']['output'];
};

/** What a person may do for an organization. */
export type MembershipRole =
  /** Acts for the organization. */
  | 'MEMBER'
  /** Acts for the organization and manages its members. */
  | 'OWNER';

/** A step of the collaboration's plan, with its tasks and resources. */
export type Milestone = {
  __typename?: 'Milestone';
  /** What the milestone is about. */
  description: Scalars['String']['output'];
  /** YYYY-MM-DD */
  dueDate: Maybe<Scalars['String']['output']>;
  /** The id of the milestone. */
  id: Scalars['ID']['output'];
  /** Whether it is past its due date and not done. */
  overdue: Scalars['Boolean']['output'];
  /** Percent of its accepted tasks done (100 when the milestone is done). */
  percentDone: Scalars['Float']['output'];
  /** Its place in the plan, from 0. */
  position: Scalars['Int']['output'];
  /** Newest first. */
  progress: Array<ProgressUpdate>;
  /** Whether the facilitator accepted it (milestones proposed by participants wait). */
  proposalStatus: ProposalStatus;
  /** The id of the organization that proposed it; null if the facilitator added it. */
  proposedByOrganizationId: Maybe<Scalars['ID']['output']>;
  /** The resources available or needed for it. */
  resources: Array<PlanResource>;
  /** YYYY-MM-DD */
  startDate: Maybe<Scalars['String']['output']>;
  /** Where the milestone stands. */
  status: MilestoneStatus;
  /** Its tasks. */
  tasks: Array<PlanTask>;
  /** The milestone's title. */
  title: Scalars['String']['output'];
};

/** A new milestone of the plan. */
export type MilestoneInput = {
  /** What the milestone is about. */
  description?: Scalars['String']['input'];
  /** YYYY-MM-DD */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** Its place in the plan, from 0; last when omitted. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** YYYY-MM-DD */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** The milestone's title. */
  title: Scalars['String']['input'];
};

/** Where a milestone stands. */
export type MilestoneStatus =
  /** It will not be done. */
  | 'CANCELLED'
  /** It is done. */
  | 'DONE'
  /** Work on it has started. */
  | 'IN_PROGRESS'
  /** Work on it has not started. */
  | 'PLANNED';

/** The confirmed value of one month. */
export type MonthBalance = {
  __typename?: 'MonthBalance';
  /** YYYY-MM */
  month: Scalars['String']['output'];
  /** The confirmed value, a decimal in the ledger's scale. */
  value: Scalars['Decimal']['output'];
};

/** What a client may change; each field says who may do it. */
export type Mutation = {
  __typename?: 'Mutation';
  /** Accept an invitation by email, signed in with the address invited, for an organization you own or found now: it is invited to the collaboration (next, accept its ground rules). FORBIDDEN (reason INVITATION_WRONG_ACCOUNT) signed in with another address; INVALID_TRANSITION (INVITATION_EXPIRED, INVITATION_WITHDRAWN, INVITATION_USED) once the link cannot be used. */
  acceptCollaborationInvitation: Participation;
  /** Accept the ground rules in force for your organization (owners): joins, or stays active. */
  acceptGroundRules: Participation;
  /** Accept an invitation addressed to you: you become a member with its role. */
  acceptOrganizationInvitation: OrganizationMembership;
  /** Add a measurable indicator to an objective (facilitator). */
  addIndicator: Indicator;
  /** Add something your organization seeks or offers. */
  addParticipationEntry: ParticipationEntry;
  /** Add a resource available or needed at a milestone (facilitator). */
  addResource: PlanResource;
  /** Answer (or change the answer) in private, until it is published (facilitator). */
  answerQuestion: Question;
  /** Approve, optionally with extra redactions per recipient. */
  approveDisclosure: DisclosureRequest;
  /** Ask the facilitator in private: no other participant sees the question. */
  askQuestion: Question;
  /** Cancels an open pledge of the viewer's organization, with the reason. */
  cancelPledge: Pledge;
  /** Move along draft → active → closing → closed. */
  changeCollaborationStatus: Collaboration;
  /** Change a member’s role (owners). */
  changeOrganizationMemberRole: OrganizationMembership;
  /** Change the password; ends every other session. */
  changePassword: Scalars['Boolean']['output'];
  /** Close a round now (facilitator): its outcome is computed once and frozen. */
  closeBenchmarkRound: BenchmarkRound;
  /** Finish signing in with a code of your authenticator app, or a recovery code: opens the session `login` would have (cookie, or bearer token if it was asked for). Wrong codes count as failed sign-ins. */
  completeLogin: AuthPayload;
  /** Move the account to the new address with the token of the link emailed to it: from now on it signs in with the new address (verified), and the old one is told. CONFLICT (reason EMAIL_TAKEN) when another account has the address by now; an expired, used or unknown link is refused (BAD_USER_INPUT, reason EMAIL_LINK_EXPIRED, _USED or _UNKNOWN). */
  confirmEmailChange: Scalars['Boolean']['output'];
  /** Confirm a contribution your organization received. */
  confirmLedgerEntry: LedgerEntry;
  /** Turn two-factor sign-in on with a first code of the app. Answers your recovery codes, shown this once. */
  confirmTwoFactorSetup: RecoveryCodes;
  /** Create a read-only reporting API token. The secret is returned once. */
  createApiToken: CreatedApiToken;
  /** Adds an area of exchange to a collaboration (facilitator). */
  createArea: Area;
  /** Define a benchmark round (facilitator). */
  createBenchmarkRound: BenchmarkRound;
  /** Make a new calendar feed address (the one you had stops working). The address is returned once. */
  createCalendarFeed: CreatedCalendarFeed;
  /** Open a collaboration (draft); you facilitate it. */
  createCollaboration: Collaboration;
  /**
   * Start a collaboration from a closed one you facilitated: same or chosen participants are invited.
   * @deprecated Use startFollowUpCollaboration instead. Removed after 2027-06-30.
   */
  createFollowUpCollaboration: Collaboration;
  /** Add an item of your organization (version 1). */
  createItem: ItemVersion;
  /** Add a milestone (facilitator) or propose one (participant). */
  createMilestone: Milestone;
  /** Add an objective to the plan (facilitator). */
  createObjective: Objective;
  /** Found an organization; you become its owner. */
  createOrganization: Organization;
  /** Add a task (facilitator) or propose one (participant). */
  createTask: PlanTask;
  /** Register a webhook endpoint. Its signing secret is returned this once. */
  createWebhookEndpoint: CreatedWebhookEndpoint;
  /** Accept or decline a proposed milestone (facilitator). */
  decideMilestoneProposal: Milestone;
  /** Accept or decline a proposed task (facilitator). */
  decideTaskProposal: PlanTask;
  /** Declare, privately, which options of an area apply to your organization. */
  declareActivity: ActivityDeclaration;
  /** Declare what your organization gave; receivers confirm it. */
  declareContribution: Array<LedgerEntry>;
  /** Turn a detected overlap into a declared overlap (facilitator). */
  declareDetectedOverlap: DetectedOverlap;
  /** Declare that these organizations’ activities collide in an area. */
  declareOverlap: Overlap;
  /** Decline an invitation (owners). */
  declineInvitation: Participation;
  /** Decline an invitation addressed to you. */
  declineOrganizationInvitation: ReceivedOrganizationInvitation;
  /** Delete an endpoint and its deliveries. */
  deleteWebhookEndpoint: Scalars['Boolean']['output'];
  /** Turn two-factor sign-in off, with your password or a code (of the app, or a recovery code). */
  disableTwoFactor: TwoFactorStatus;
  /** Dismiss a detected overlap, with the reason (facilitator). */
  dismissDetectedOverlap: DetectedOverlap;
  /** Dispute a contribution declared as given to your organization. */
  disputeLedgerEntry: LedgerEntry;
  /** Edit an item: creates its next version. */
  editItem: ItemVersion;
  /** Sign out everywhere else: ends every session of yours but the current one. Answers how many it ended. */
  endOtherSessions: Scalars['Int']['output'];
  /** Sign one of your sessions out: its next request is no longer signed in. Ending the current one is signing out. */
  endSession: Scalars['Boolean']['output'];
  /** Fulfil a pledge with the confirmed entries that satisfy it. */
  fulfilPledge: Pledge;
  /** Invite an organization by its owner’s email (facilitator), whether or not the person or the organization is on the platform: the address gets a link to sign up or sign in, found or choose the organization, and accept. */
  inviteByEmail: CollaborationInvitation;
  /** Invite an organization (facilitator). */
  inviteOrganization: Participation;
  /** Invite an email address to join as member or owner (owners): it gets an email with a link to answer, signing up through it if need be. The person becomes a member only on accepting; the answer is the same whether the address has an account or not. */
  inviteOrganizationMember: OrganizationInvitation;
  /** Keep a grant that new rules would not allow, saying why (facilitator). */
  keepGrant: Grant;
  /** Sign in. Sets the session cookie. After repeated failures for an email or from an address, attempts are refused (RATE_LIMITED) for a while, even with the right password. For an account with two-factor sign-in, the answer is a `secondFactorChallenge` and no session yet: finish with `completeLogin`. */
  login: AuthPayload;
  /** End the current session. */
  logout: Scalars['Boolean']['output'];
  /** Commit your organization to a future contribution. */
  makePledge: Pledge;
  /** Mark notifications read; answers how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Stop sending to an endpoint (deliveries wait). */
  pauseWebhookEndpoint: WebhookEndpoint;
  /** Report progress on a milestone or task. */
  postProgress: ProgressUpdate;
  /** Publish a text to participants (facilitator). */
  publish: Publication;
  /** Publish a new version of the ground rules; every participant must accept it again. */
  publishGroundRules: GroundRulesVersion;
  /** Publish an anonymised version of an answered question to every active participant (facilitator). */
  publishQuestion: Question;
  /** New recovery codes, with a code of the app: the old ones stop working. */
  regenerateRecoveryCodes: RecoveryCodes;
  /** Give a user the facilitator role (creating the user if needed). */
  registerFacilitator: User;
  /** Rejects a disclosure request, with the reason (facilitator). */
  rejectDisclosure: DisclosureRequest;
  /** Delete your customer list of an area. */
  removeCustomerList: CustomerList;
  /** Remove an indicator (facilitator): deleted, or archived when progress reported values of it. */
  removeIndicator: PlanRemoval;
  /** Remove an objective and its indicators (facilitator): deleted, or archived when reported values or evaluations name it. */
  removeObjective: PlanRemoval;
  /** Remove a member (owners). */
  removeOrganizationMember: OrganizationMembership;
  /** Removes an overlap (facilitator). */
  removeOverlap: Overlap;
  /** Removes something an organization seeks or offers. */
  removeParticipationEntry: ParticipationEntry;
  /** Delete a resource (facilitator). */
  removeResource: PlanRemoval;
  /** Remove a task (facilitator): deleted, or archived when progress or ledger entries name it. */
  removeTask: PlanRemoval;
  /** Send a delivery again, with the same event id and body (after the endpoint’s earlier deliveries about the same subject). */
  replayWebhookDelivery: WebhookDelivery;
  /** Ask to share an item version. In an open area without overlap it is approved at once. */
  requestDisclosure: DisclosureRequest;
  /** Sends a disclosure request back to its owner with what to change (facilitator). */
  requestDisclosureChanges: DisclosureRequest;
  /** Ask to move the account to another address (the password asked again): a link to confirm goes to the new address, a notice to the current one. The answer (true) is the same whether or not the new address has an account (its owner is told instead). The account moves only when the link is followed (`confirmEmailChange`). */
  requestEmailChange: Scalars['Boolean']['output'];
  /** Email a password reset link (single use, valid for minutes) to the account with this address, in the account's language. The answer (true) is the same whether or not the address has an account. */
  requestPasswordReset: Scalars['Boolean']['output'];
  /** Send a pending (or expired) invitation by email again, with a new link valid from now (facilitator); the earlier link stops working. */
  resendCollaborationInvitation: CollaborationInvitation;
  /** Email the signed-in account a new link to confirm its address. False (nothing sent) when the address is verified already. */
  resendVerificationEmail: Scalars['Boolean']['output'];
  /** Set a new password with the token of a reset link: the link is used up and every session of the account ends (sign in again). An expired, used or unknown link is refused (BAD_USER_INPUT, `extensions.reason` RESET_LINK_EXPIRED, _USED or _UNKNOWN). */
  resetPassword: Scalars['Boolean']['output'];
  /** Turn off a user's second factor (a lost device) and end that user's sessions; recorded in the user's account security log with the reason. */
  resetSecondFactor: Scalars['Boolean']['output'];
  /** Send to a paused endpoint again: its waiting deliveries go out, its failures are forgotten. */
  resumeWebhookEndpoint: WebhookEndpoint;
  /** Send a failed email again, with a full round of attempts. Platform admins only. */
  retryMail: MailMessage;
  /** Revoke a reporting API token, at once. */
  revokeApiToken: ApiToken;
  /** Turn your calendar feed address off, at once. False when you had none. */
  revokeCalendarFeed: Scalars['Boolean']['output'];
  /** Take the facilitator role away from a user. */
  revokeFacilitatorRole: User;
  /** Revoke a grant at once (facilitator or owner). */
  revokeGrant: Grant;
  /** Withdraw a pending invitation (owners). */
  revokeOrganizationInvitation: OrganizationInvitation;
  /** Replace an area’s list for one dimension (facilitator). */
  setActivityOptions: Array<ActivityOption>;
  /** Archive an area (it keeps its items and grants and takes no new ones), or bring it back. */
  setAreaArchived: Area;
  /** Set the valuation scale and per-area disclosure values (facilitator). */
  setLedgerSettings: LedgerSettings;
  /** Set the language of your account: the web apps take it when you sign in, and every email to you is written in it. A value other than ES or EN is refused (BAD_USER_INPUT). */
  setMyLanguage: User;
  /** Choose how one kind of notification reaches you by email. */
  setNotificationPreference: NotificationPreference;
  /** Move a task along (its responsible organization, or the facilitator). */
  setTaskStatus: PlanTask;
  /** Settle a dispute (facilitator): the entry counts (uphold) or is voided. */
  settleLedgerDispute: LedgerEntry;
  /**
   * Settle a dispute: the entry counts (uphold) or not (facilitator).
   * @deprecated Use settleLedgerDispute instead. Removed after 2027-06-30.
   */
  settleLedgerEntry: LedgerEntry;
  /** Create an account, if no account has this email yet, and email it a link to confirm the address (`verifyEmail`); when the address has an account, its owner is told by email instead. The answer (true) is the same either way, so it tells no one who has an account: sign in afterwards with `login`. */
  signUp: Scalars['Boolean']['output'];
  /** Create the account of the address an invitation link was emailed to (the link proves it), while the link may be used; then sign in with `login`. CONFLICT (reason ACCOUNT_EXISTS) when the address has an account: sign in with it. */
  signUpWithInvitation: Scalars['Boolean']['output'];
  /** Start a collaboration from a closed one you facilitated: the same or chosen participants are invited. */
  startFollowUpCollaboration: Collaboration;
  /** Start setting up two-factor sign-in: a new secret for your authenticator app (QR code and text). Nothing changes until `confirmTwoFactorSetup`. */
  startTwoFactorSetup: TwoFactorSetup;
  /** Submit (or replace) your organization's private value while the round is open. |value| ≤ 1000000000000000. */
  submitBenchmarkValue: BenchmarkRound;
  /** Evaluate while closing: your organization's benefits per objective (1–5) and others' contributions. */
  submitEvaluation: Evaluation;
  /** Withdraw the published version; the private answer stays (facilitator). */
  unpublishQuestion: Question;
  /** Stops one kind of email (the link in a notification email names it): only in the app from now on. */
  unsubscribe: NotificationPreference;
  /** Rename an area or change its sensitivity. */
  updateArea: Area;
  /** Changes a collaboration's title, objective or description (facilitator). */
  updateCollaboration: Collaboration;
  /** Change an indicator (facilitator). */
  updateIndicator: Indicator;
  /** Changes a milestone of the plan (facilitator). */
  updateMilestone: Milestone;
  /** Change an objective's title or description. */
  updateObjective: Objective;
  /** Edit the profile (owners). */
  updateOrganization: Organization;
  /** Changes the organizations of an overlap (facilitator). */
  updateOverlap: Overlap;
  /** Changes what an organization seeks or offers. */
  updateParticipationEntry: ParticipationEntry;
  /** Change a resource's kind and details (facilitator); its provider and confidentiality stay. */
  updateResource: PlanResource;
  /** Change what a task says: title, description, responsible, due date (facilitator). */
  updateTask: PlanTask;
  /** Upload your customer list for an area; it replaces the previous one. Only keyed hashes are kept. */
  uploadCustomerList: CustomerList;
  /** Confirm the account’s address with the token of the link emailed to it: the address is verified and the link used up. An expired, used, unknown or outdated link is refused (BAD_USER_INPUT, `extensions.reason` EMAIL_LINK_EXPIRED, _USED, _UNKNOWN or _STALE). */
  verifyEmail: Scalars['Boolean']['output'];
  /** Withdraw a pending invitation by email (facilitator): its link says so. */
  withdrawCollaborationInvitation: CollaborationInvitation;
  /** Take back a request that is still pending (owner). */
  withdrawDisclosureRequest: DisclosureRequest;
  /** Withdraw an invitation or remove a participant (facilitator). */
  withdrawInvitation: Participation;
  /** Leave a collaboration (owners). */
  withdrawParticipation: Participation;
};


/** What a client may change; each field says who may do it. */
export type MutationAcceptCollaborationInvitationArgs = {
  input: AcceptCollaborationInvitationInput;
};


/** What a client may change; each field says who may do it. */
export type MutationAcceptGroundRulesArgs = {
  groundRulesVersionId: Scalars['ID']['input'];
  participationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationAcceptOrganizationInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationAddIndicatorArgs = {
  input: IndicatorInput;
  objectiveId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationAddParticipationEntryArgs = {
  input: ParticipationEntryInput;
  participationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationAddResourceArgs = {
  input: ResourceInput;
  milestoneId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationAnswerQuestionArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  input: AnswerQuestionInput;
  questionId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationApproveDisclosureArgs = {
  input: InputMaybe<ApproveDisclosureInput>;
  requestId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationAskQuestionArgs = {
  collaborationId: Scalars['ID']['input'];
  input: AskQuestionInput;
};


/** What a client may change; each field says who may do it. */
export type MutationCancelPledgeArgs = {
  input: CancelPledgeInput;
  pledgeId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationChangeCollaborationStatusArgs = {
  collaborationId: InputMaybe<Scalars['ID']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
  input: InputMaybe<ChangeCollaborationStatusInput>;
  overrideReason: InputMaybe<Scalars['String']['input']>;
  status: InputMaybe<CollaborationStatus>;
};


/** What a client may change; each field says who may do it. */
export type MutationChangeOrganizationMemberRoleArgs = {
  input: InputMaybe<ChangeOrganizationMemberRoleInput>;
  membershipId: Scalars['ID']['input'];
  role: InputMaybe<MembershipRole>;
};


/** What a client may change; each field says who may do it. */
export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


/** What a client may change; each field says who may do it. */
export type MutationCloseBenchmarkRoundArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  roundId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationCompleteLoginArgs = {
  input: CompleteLoginInput;
};


/** What a client may change; each field says who may do it. */
export type MutationConfirmEmailChangeArgs = {
  input: EmailLinkInput;
};


/** What a client may change; each field says who may do it. */
export type MutationConfirmLedgerEntryArgs = {
  entryId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationConfirmTwoFactorSetupArgs = {
  input: TwoFactorCodeInput;
};


/** What a client may change; each field says who may do it. */
export type MutationCreateApiTokenArgs = {
  input: CreateApiTokenInput;
};


/** What a client may change; each field says who may do it. */
export type MutationCreateAreaArgs = {
  collaborationId: Scalars['ID']['input'];
  input: AreaInput;
};


/** What a client may change; each field says who may do it. */
export type MutationCreateBenchmarkRoundArgs = {
  collaborationId: Scalars['ID']['input'];
  input: CreateBenchmarkRoundInput;
};


/** What a client may change; each field says who may do it. */
export type MutationCreateCollaborationArgs = {
  input: CreateCollaborationInput;
};


/** What a client may change; each field says who may do it. */
export type MutationCreateFollowUpCollaborationArgs = {
  fromCollaborationId: Scalars['ID']['input'];
  input: CreateCollaborationInput;
  organizationIds: InputMaybe<Array<Scalars['ID']['input']>>;
};


/** What a client may change; each field says who may do it. */
export type MutationCreateItemArgs = {
  areaId: Scalars['ID']['input'];
  input: ItemContentInput;
  participationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationCreateMilestoneArgs = {
  collaborationId: Scalars['ID']['input'];
  input: MilestoneInput;
};


/** What a client may change; each field says who may do it. */
export type MutationCreateObjectiveArgs = {
  collaborationId: Scalars['ID']['input'];
  input: ObjectiveInput;
};


/** What a client may change; each field says who may do it. */
export type MutationCreateOrganizationArgs = {
  input: CreateOrganizationInput;
};


/** What a client may change; each field says who may do it. */
export type MutationCreateTaskArgs = {
  input: TaskInput;
  milestoneId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationCreateWebhookEndpointArgs = {
  input: CreateWebhookEndpointInput;
};


/** What a client may change; each field says who may do it. */
export type MutationDecideMilestoneProposalArgs = {
  accept: InputMaybe<Scalars['Boolean']['input']>;
  input: InputMaybe<ProposalDecisionInput>;
  milestoneId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationDecideTaskProposalArgs = {
  accept: InputMaybe<Scalars['Boolean']['input']>;
  input: InputMaybe<ProposalDecisionInput>;
  taskId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationDeclareActivityArgs = {
  areaId: Scalars['ID']['input'];
  input: DeclareActivityInput;
};


/** What a client may change; each field says who may do it. */
export type MutationDeclareContributionArgs = {
  collaborationId: Scalars['ID']['input'];
  input: DeclareContributionInput;
};


/** What a client may change; each field says who may do it. */
export type MutationDeclareDetectedOverlapArgs = {
  input: DeclareDetectedOverlapInput;
};


/** What a client may change; each field says who may do it. */
export type MutationDeclareOverlapArgs = {
  areaId: Scalars['ID']['input'];
  input: OverlapInput;
};


/** What a client may change; each field says who may do it. */
export type MutationDeclineInvitationArgs = {
  input: InputMaybe<ReasonInput>;
  participationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationDeclineOrganizationInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationDeleteWebhookEndpointArgs = {
  endpointId: InputMaybe<Scalars['ID']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationDisableTwoFactorArgs = {
  input: DisableTwoFactorInput;
};


/** What a client may change; each field says who may do it. */
export type MutationDismissDetectedOverlapArgs = {
  input: DismissDetectedOverlapInput;
};


/** What a client may change; each field says who may do it. */
export type MutationDisputeLedgerEntryArgs = {
  entryId: Scalars['ID']['input'];
  input: ReasonRequiredInput;
};


/** What a client may change; each field says who may do it. */
export type MutationEditItemArgs = {
  input: ItemContentInput;
  itemId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationEndSessionArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  sessionId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationFulfilPledgeArgs = {
  input: FulfilPledgeInput;
  pledgeId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationInviteByEmailArgs = {
  collaborationId: Scalars['ID']['input'];
  input: InviteByEmailInput;
};


/** What a client may change; each field says who may do it. */
export type MutationInviteOrganizationArgs = {
  collaborationId: Scalars['ID']['input'];
  input: InviteOrganizationInput;
};


/** What a client may change; each field says who may do it. */
export type MutationInviteOrganizationMemberArgs = {
  input: InviteOrganizationMemberInput;
  organizationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationKeepGrantArgs = {
  grantId: Scalars['ID']['input'];
  input: DecisionMessageInput;
};


/** What a client may change; each field says who may do it. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** What a client may change; each field says who may do it. */
export type MutationMakePledgeArgs = {
  collaborationId: Scalars['ID']['input'];
  input: PledgeInput;
};


/** What a client may change; each field says who may do it. */
export type MutationMarkNotificationsReadArgs = {
  ids: InputMaybe<Array<Scalars['ID']['input']>>;
  input: InputMaybe<MarkNotificationsReadInput>;
};


/** What a client may change; each field says who may do it. */
export type MutationPauseWebhookEndpointArgs = {
  endpointId: InputMaybe<Scalars['ID']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationPostProgressArgs = {
  input: ProgressInput;
};


/** What a client may change; each field says who may do it. */
export type MutationPublishArgs = {
  collaborationId: Scalars['ID']['input'];
  input: PublishInput;
};


/** What a client may change; each field says who may do it. */
export type MutationPublishGroundRulesArgs = {
  collaborationId: Scalars['ID']['input'];
  input: PublishGroundRulesInput;
};


/** What a client may change; each field says who may do it. */
export type MutationPublishQuestionArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  input: PublishQuestionInput;
  questionId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationRegenerateRecoveryCodesArgs = {
  input: TwoFactorCodeInput;
};


/** What a client may change; each field says who may do it. */
export type MutationRegisterFacilitatorArgs = {
  input: RegisterFacilitatorInput;
};


/** What a client may change; each field says who may do it. */
export type MutationRejectDisclosureArgs = {
  input: DecisionMessageInput;
  requestId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationRemoveCustomerListArgs = {
  areaId: Scalars['ID']['input'];
  organizationId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationRemoveIndicatorArgs = {
  indicatorId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationRemoveObjectiveArgs = {
  objectiveId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationRemoveOrganizationMemberArgs = {
  membershipId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationRemoveOverlapArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  overlapId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationRemoveParticipationEntryArgs = {
  entryId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationRemoveResourceArgs = {
  resourceId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationRemoveTaskArgs = {
  taskId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationReplayWebhookDeliveryArgs = {
  input: ReplayWebhookDeliveryInput;
};


/** What a client may change; each field says who may do it. */
export type MutationRequestDisclosureArgs = {
  input: DisclosureRequestInput;
  itemId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationRequestDisclosureChangesArgs = {
  input: DecisionMessageInput;
  requestId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationRequestEmailChangeArgs = {
  input: RequestEmailChangeInput;
};


/** What a client may change; each field says who may do it. */
export type MutationRequestPasswordResetArgs = {
  input: RequestPasswordResetInput;
};


/** What a client may change; each field says who may do it. */
export type MutationResendCollaborationInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


/** What a client may change; each field says who may do it. */
export type MutationResetSecondFactorArgs = {
  input: ResetSecondFactorInput;
  userId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationResumeWebhookEndpointArgs = {
  endpointId: InputMaybe<Scalars['ID']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationRetryMailArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  mailMessageId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationRevokeApiTokenArgs = {
  apiTokenId: InputMaybe<Scalars['ID']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationRevokeFacilitatorRoleArgs = {
  userId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationRevokeGrantArgs = {
  grantId: Scalars['ID']['input'];
  input: InputMaybe<ReasonInput>;
};


/** What a client may change; each field says who may do it. */
export type MutationRevokeOrganizationInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationSetActivityOptionsArgs = {
  areaId: Scalars['ID']['input'];
  input: ActivityOptionsInput;
};


/** What a client may change; each field says who may do it. */
export type MutationSetAreaArchivedArgs = {
  archived: InputMaybe<Scalars['Boolean']['input']>;
  areaId: InputMaybe<Scalars['ID']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
  input: InputMaybe<SetAreaArchivedInput>;
};


/** What a client may change; each field says who may do it. */
export type MutationSetLedgerSettingsArgs = {
  collaborationId: Scalars['ID']['input'];
  input: LedgerSettingsInput;
};


/** What a client may change; each field says who may do it. */
export type MutationSetMyLanguageArgs = {
  input: InputMaybe<SetMyLanguageInput>;
  locale: InputMaybe<Locale>;
};


/** What a client may change; each field says who may do it. */
export type MutationSetNotificationPreferenceArgs = {
  delivery: InputMaybe<NotificationDelivery>;
  input: InputMaybe<SetNotificationPreferenceInput>;
  kind: InputMaybe<NotificationKind>;
};


/** What a client may change; each field says who may do it. */
export type MutationSetTaskStatusArgs = {
  input: TaskStatusInput;
  taskId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationSettleLedgerDisputeArgs = {
  entryId: Scalars['ID']['input'];
  input: SettleLedgerDisputeInput;
};


/** What a client may change; each field says who may do it. */
export type MutationSettleLedgerEntryArgs = {
  entryId: Scalars['ID']['input'];
  input: ReasonRequiredInput;
  uphold: Scalars['Boolean']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationSignUpArgs = {
  input: SignUpInput;
};


/** What a client may change; each field says who may do it. */
export type MutationSignUpWithInvitationArgs = {
  input: SignUpWithInvitationInput;
};


/** What a client may change; each field says who may do it. */
export type MutationStartFollowUpCollaborationArgs = {
  collaborationId: Scalars['ID']['input'];
  input: FollowUpCollaborationInput;
};


/** What a client may change; each field says who may do it. */
export type MutationSubmitBenchmarkValueArgs = {
  input: InputMaybe<SubmitBenchmarkValueInput>;
  roundId: Scalars['ID']['input'];
  value: InputMaybe<Scalars['Float']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationSubmitEvaluationArgs = {
  collaborationId: Scalars['ID']['input'];
  input: EvaluationInput;
};


/** What a client may change; each field says who may do it. */
export type MutationUnpublishQuestionArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  questionId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationUnsubscribeArgs = {
  input: InputMaybe<UnsubscribeInput>;
  token: InputMaybe<Scalars['String']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationUpdateAreaArgs = {
  areaId: InputMaybe<Scalars['ID']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
  input: UpdateAreaInput;
};


/** What a client may change; each field says who may do it. */
export type MutationUpdateCollaborationArgs = {
  collaborationId: InputMaybe<Scalars['ID']['input']>;
  id: InputMaybe<Scalars['ID']['input']>;
  input: UpdateCollaborationInput;
};


/** What a client may change; each field says who may do it. */
export type MutationUpdateIndicatorArgs = {
  indicatorId: Scalars['ID']['input'];
  input: UpdateIndicatorInput;
};


/** What a client may change; each field says who may do it. */
export type MutationUpdateMilestoneArgs = {
  input: UpdateMilestoneInput;
  milestoneId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationUpdateObjectiveArgs = {
  input: UpdateObjectiveInput;
  objectiveId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationUpdateOrganizationArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  input: UpdateOrganizationInput;
  organizationId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationUpdateOverlapArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  input: UpdateOverlapInput;
  overlapId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may change; each field says who may do it. */
export type MutationUpdateParticipationEntryArgs = {
  entryId: Scalars['ID']['input'];
  input: UpdateParticipationEntryInput;
};


/** What a client may change; each field says who may do it. */
export type MutationUpdateResourceArgs = {
  input: UpdateResourceInput;
  resourceId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationUpdateTaskArgs = {
  input: UpdateTaskInput;
  taskId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationUploadCustomerListArgs = {
  areaId: Scalars['ID']['input'];
  input: CustomerListInput;
};


/** What a client may change; each field says who may do it. */
export type MutationVerifyEmailArgs = {
  input: EmailLinkInput;
};


/** What a client may change; each field says who may do it. */
export type MutationWithdrawCollaborationInvitationArgs = {
  invitationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationWithdrawDisclosureRequestArgs = {
  requestId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationWithdrawInvitationArgs = {
  input: InputMaybe<ReasonInput>;
  participationId: Scalars['ID']['input'];
};


/** What a client may change; each field says who may do it. */
export type MutationWithdrawParticipationArgs = {
  input: InputMaybe<ReasonInput>;
  participationId: Scalars['ID']['input'];
};

/** What your organization declared: yours only. */
export type MyActivity = {
  __typename?: 'MyActivity';
  /** The customer lists it uploaded. */
  customerLists: Array<CustomerList>;
  /** What it declared, per area. */
  declarations: Array<ActivityDeclaration>;
  /** The id of the viewer's organization. */
  organizationId: Scalars['ID']['output'];
};

/** Something that happened that the viewer should know of. */
export type Notification = {
  __typename?: 'Notification';
  /** The id of the collaboration it is about. */
  collaborationId: Scalars['ID']['output'];
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the notification. */
  id: Scalars['ID']['output'];
  /** What happened. */
  kind: NotificationKind;
  /** JSON object of related ids. */
  payload: Scalars['String']['output'];
  /** Whether the viewer marked it read. */
  read: Scalars['Boolean']['output'];
  /** What it is about (an item’s title, a task, a question…). */
  subject: Maybe<Scalars['String']['output']>;
  /** A sentence in English; the web apps translate `kind` instead. */
  title: Scalars['String']['output'];
};

/** A page of Notification nodes, in the list's order, with what pages on. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<NotificationEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Notification>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** How a user hears of a kind of notification besides the app. */
export type NotificationDelivery =
  /** In one email a day, the daily digest. */
  | 'DAILY'
  /** An email as it happens. */
  | 'IMMEDIATE'
  /** No email: only in the app. */
  | 'IN_APP';

/** A Notification of a page, with its cursor. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Notification. */
  node: Notification;
};

/** What a notification is about. */
export type NotificationKind =
  /** An organization changed what it declared of its activity. */
  | 'ACTIVITY_DECLARATION_CHANGED'
  /** A benchmark round closed. */
  | 'BENCHMARK_CLOSED'
  /** A benchmark round opened for submissions. */
  | 'BENCHMARK_OPEN'
  /** A benchmark round's results were published. */
  | 'BENCHMARK_PUBLISHED'
  /** The facilitator decided on a disclosure request. */
  | 'DISCLOSURE_DECIDED'
  /** A disclosure request waits for the facilitator. */
  | 'DISCLOSURE_PENDING'
  /** Something was shared with the organization. */
  | 'GRANT_RECEIVED'
  /** Something shared with the organization was revoked. */
  | 'GRANT_REVOKED'
  /** A question was answered. */
  | 'INQUIRY_ANSWERED'
  /** A question was asked. */
  | 'INQUIRY_ASKED'
  /** A question and its answer were published. */
  | 'INQUIRY_PUBLISHED'
  /** A ledger entry is disputed. */
  | 'LEDGER_DISPUTED'
  /** A pledge is past its due date. */
  | 'LEDGER_PLEDGE_OVERDUE'
  /** A ledger entry waits for confirmation. */
  | 'LEDGER_TO_CONFIRM'
  /** A milestone or task is past its due date. */
  | 'PLAN_OVERDUE'
  /** A participant proposed a milestone or task. */
  | 'PLAN_PROPOSAL'
  /** A task was assigned to the organization. */
  | 'PLAN_TASK_ASSIGNED'
  /** A webhook endpoint the viewer keeps was paused after repeated failures. */
  | 'WEBHOOK_PAUSED';

/** How the user hears of one kind of notification by email. */
export type NotificationPreference = {
  __typename?: 'NotificationPreference';
  /** What applies when the user has not chosen. */
  defaultDelivery: NotificationDelivery;
  /** The user’s choice, or the default. */
  delivery: NotificationDelivery;
  /** The kind of notification. */
  kind: NotificationKind;
};

/** A goal of the collaboration's plan. */
export type Objective = {
  __typename?: 'Objective';
  /** What the objective is about. */
  description: Scalars['String']['output'];
  /** The id of the objective. */
  id: Scalars['ID']['output'];
  /** The indicators that measure it. */
  indicators: Array<Indicator>;
  /** Its place in the plan, from 0. */
  position: Scalars['Int']['output'];
  /** The objective's title. */
  title: Scalars['String']['output'];
};

/** A new objective of the plan. */
export type ObjectiveInput = {
  /** What the objective is about. */
  description?: Scalars['String']['input'];
  /** The objective's title. */
  title: Scalars['String']['input'];
};

/** A rating of one objective in a final evaluation. */
export type ObjectiveRating = {
  __typename?: 'ObjectiveRating';
  /** Why, in a few words. */
  comment: Scalars['String']['output'];
  /** The id of the objective. */
  objectiveId: Scalars['ID']['output'];
  /** The rating, from 1 (poor) to 5 (very good). */
  rating: Scalars['Int']['output'];
};

/** A rating of one objective. */
export type ObjectiveRatingInput = {
  /** Why, in a few words. */
  comment?: Scalars['String']['input'];
  /** The id of the plan objective. */
  objectiveId: Scalars['ID']['input'];
  /** The rating, from 1 (poor) to 5 (very good). */
  rating: Scalars['Int']['input'];
};

/** How participants rated one objective of the plan. */
export type ObjectiveRatingReport = {
  __typename?: 'ObjectiveRatingReport';
  /** Mean rating (1–5), one decimal. */
  average: Maybe<Scalars['Float']['output']>;
  /** The id of the objective. */
  objectiveId: Scalars['ID']['output'];
  /** How many ratings were given. */
  ratings: Scalars['Int']['output'];
  /** The objective's title. */
  title: Scalars['String']['output'];
};

/** A company or other organization that takes part in collaborations. */
export type Organization = {
  __typename?: 'Organization';
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the organization. */
  id: Scalars['ID']['output'];
  /** What kind of organization it is. */
  kind: OrganizationKind;
  /** Members and their roles; empty unless you are a member. */
  members: Array<OrganizationMembership>;
  /** Its mission, in a sentence. */
  mission: Scalars['String']['output'];
  /** Your role in it, if you are a member. */
  myRole: Maybe<MembershipRole>;
  /** The organization's name. */
  name: Scalars['String']['output'];
  /** Pending invitations (expired ones included); empty unless you are an owner. */
  pendingInvitations: Array<OrganizationInvitation>;
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** "Qué hacemos": what we do. */
  whatWeDo: Scalars['String']['output'];
  /** "Hacia dónde vamos": where we are going. */
  whereWeAreGoing: Scalars['String']['output'];
  /** "Quiénes somos": who we are. */
  whoWeAre: Scalars['String']['output'];
};

/** What one organization gave and received, confirmed. */
export type OrganizationBalance = {
  __typename?: 'OrganizationBalance';
  /** The confirmed value it gave, a decimal in the ledger's scale. */
  given: Scalars['Decimal']['output'];
  /** Given minus received. */
  net: Scalars['Decimal']['output'];
  /** The id of the organization. */
  organizationId: Scalars['ID']['output'];
  /** The confirmed value it received, a decimal in the ledger's scale. */
  received: Scalars['Decimal']['output'];
};

/** What one organization gave and received in the ledger. */
export type OrganizationBalanceReport = {
  __typename?: 'OrganizationBalanceReport';
  /** The confirmed value it gave, a decimal in the ledger's scale. */
  given: Scalars['Decimal']['output'];
  /** The organization's name. */
  name: Scalars['String']['output'];
  /** Given minus received, a decimal in the ledger's scale. */
  net: Scalars['Decimal']['output'];
  /** The id of the organization. */
  organizationId: Scalars['ID']['output'];
  /** The confirmed value it received, a decimal in the ledger's scale. */
  received: Scalars['Decimal']['output'];
};

/** What one organization did in one collaboration. */
export type OrganizationCollaborationReport = {
  __typename?: 'OrganizationCollaborationReport';
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** ISO 4217, for the money scale. */
  currency: Maybe<Scalars['String']['output']>;
  /** Contributions declared to it, waiting for its confirmation. */
  entriesToConfirm: Scalars['Int']['output'];
  /** Confirmed contributions given. */
  given: Scalars['Decimal']['output'];
  /** How many confirmed entries it gave. */
  givenEntries: Scalars['Int']['output'];
  /** Grants of its items to others. */
  grantsGiven: Scalars['Int']['output'];
  /** Grants it received (what it saw), in any state. */
  grantsReceived: Scalars['Int']['output'];
  /** How many grants to it can be read now. */
  grantsReceivedActive: Scalars['Int']['output'];
  /** How many shared items it has opened. */
  itemsSeen: Scalars['Int']['output'];
  /** Its ledger balance (given minus received), a decimal in the ledger's scale. */
  net: Scalars['Decimal']['output'];
  /** Where the organization's participation stands. */
  participationStatus: ParticipationStatus;
  /** How many of its pledges were fulfilled. */
  pledgesFulfilled: Scalars['Int']['output'];
  /** How many of its pledges are open. */
  pledgesOpen: Scalars['Int']['output'];
  /** Confirmed contributions received. */
  received: Scalars['Decimal']['output'];
  /** How many confirmed entries it received. */
  receivedEntries: Scalars['Int']['output'];
  /** How many of its requests were approved. */
  requestsApproved: Scalars['Int']['output'];
  /** How many disclosure requests it made. */
  requestsMade: Scalars['Int']['output'];
  /** How many of its requests wait for the facilitator. */
  requestsPending: Scalars['Int']['output'];
  /** How many of its requests were rejected. */
  requestsRejected: Scalars['Int']['output'];
  /** Where the collaboration is in its life. */
  status: CollaborationStatus;
  /** The collaboration's title. */
  title: Scalars['String']['output'];
  /** How the ledger values contributions. */
  valuationScale: ValuationScale;
};

/** A page of Organization nodes, in the list's order, with what pages on. */
export type OrganizationConnection = {
  __typename?: 'OrganizationConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<OrganizationEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Organization>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Organization of a page, with its cursor. */
export type OrganizationEdge = {
  __typename?: 'OrganizationEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Organization. */
  node: Organization;
};

/** An invitation to join an organization, as its owners see it: the address invited, never who has it. */
export type OrganizationInvitation = {
  __typename?: 'OrganizationInvitation';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** The address invited (normalized). */
  email: Scalars['String']['output'];
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The id of the invitation. */
  id: Scalars['ID']['output'];
  /** When the link emailed to the address was first opened. */
  openedAt: Maybe<Scalars['DateTime']['output']>;
  /** The id of the organization. */
  organizationId: Scalars['ID']['output'];
  /** The role the person gets on accepting. */
  role: MembershipRole;
  /** EXPIRED once pending past `expiresAt`. */
  status: InvitationStatus;
};

/** What kind of organization it is. */
export type OrganizationKind =
  /** An association. */
  | 'ASSOCIATION'
  /** A company. */
  | 'COMPANY'
  /** A self-employed entrepreneur. */
  | 'ENTREPRENEUR'
  /** Anything else. */
  | 'OTHER'
  /** A professional practice. */
  | 'PROFESSIONAL';

/** A person's membership of an organization, with a role. */
export type OrganizationMembership = {
  __typename?: 'OrganizationMembership';
  /** When the person joined. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the membership. */
  id: Scalars['ID']['output'];
  /** The person. */
  member: Member;
  /** The id of the organization. */
  organizationId: Scalars['ID']['output'];
  /** What the person may do for the organization. */
  role: MembershipRole;
};

/** What one organization did across its collaborations. */
export type OrganizationReport = {
  __typename?: 'OrganizationReport';
  /** One row per collaboration it took part in. */
  collaborations: Array<OrganizationCollaborationReport>;
  /** When the figures were read. */
  generatedAt: Scalars['DateTime']['output'];
  /** The organization's name. */
  name: Scalars['String']['output'];
  /** The id of the organization. */
  organizationId: Scalars['ID']['output'];
};

/** What is overdue. */
export type OverdueKind =
  /** A milestone. */
  | 'MILESTONE'
  /** A task. */
  | 'TASK';

/** A milestone or task of the plan past its due date and not done. */
export type OverdueReportItem = {
  __typename?: 'OverdueReportItem';
  /** The date it was due (YYYY-MM-DD). */
  dueDate: Scalars['String']['output'];
  /** The id of the milestone or task. */
  id: Scalars['ID']['output'];
  /** Whether it is a milestone or a task. */
  kind: OverdueKind;
  /** The id of the organization responsible for it; null if none. */
  responsibleOrganizationId: Maybe<Scalars['ID']['output']>;
  /** The name of the organization responsible for it; null if none. */
  responsibleOrganizationName: Maybe<Scalars['String']['output']>;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** Organizations that compete in an area: the facilitator reviews what they share there. */
export type Overlap = {
  __typename?: 'Overlap';
  /** The id of the area. */
  areaId: Scalars['ID']['output'];
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** When it was declared. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the overlap. */
  id: Scalars['ID']['output'];
  /** The facilitator’s own note: null for everyone else, the parties included. */
  note: Maybe<Scalars['String']['output']>;
  /** The ids of the organizations. */
  organizationIds: Array<Scalars['ID']['output']>;
  /** What the organizations involved read about the overlap. */
  sharedNote: Scalars['String']['output'];
};

/** A page of Overlap nodes, in the list's order, with what pages on. */
export type OverlapConnection = {
  __typename?: 'OverlapConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<OverlapEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Overlap>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Overlap of a page, with its cursor. */
export type OverlapEdge = {
  __typename?: 'OverlapEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Overlap. */
  node: Overlap;
};

/** Organizations that compete in an area. */
export type OverlapInput = {
  /** Your own note: nobody else reads it. */
  note?: Scalars['String']['input'];
  /** The ids of the organizations, at least two. */
  organizationIds: Array<Scalars['ID']['input']>;
  /** What the organizations involved will read. */
  sharedNote?: Scalars['String']['input'];
};

/** What the facilitator decided about a detected overlap. */
export type OverlapReviewDecision =
  /** Declared as an overlap. */
  | 'DECLARED'
  /** Dismissed. */
  | 'DISMISSED';

/** Where a page of a list starts and ends, and whether more follows (the Relay connection spec). Lists page forward only, with `first` and `after`. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last node of this page: pass it as `after` to get the next page. Null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether a page follows this one: ask for it with `after: endCursor`. */
  hasNextPage: Scalars['Boolean']['output'];
  /** Always false: lists page forward only (`first`/`after`), and the Relay spec lets such a list answer false. Do not use it to tell whether you are on the first page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first node of this page; null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** What one organization gave another (or the group), confirmed. */
export type PairBalance = {
  __typename?: 'PairBalance';
  /** The id of the organization that gave. */
  giverOrganizationId: Scalars['ID']['output'];
  /** The id of the organization that received; null for the whole group. */
  receiverOrganizationId: Maybe<Scalars['ID']['output']>;
  /** The confirmed value, a decimal in the ledger's scale. */
  value: Scalars['Decimal']['output'];
};

/** What one organization gave another (or the whole group), confirmed. */
export type PairBalanceReport = {
  __typename?: 'PairBalanceReport';
  /** The name of the organization that gave. */
  giverName: Scalars['String']['output'];
  /** The id of the organization that gave. */
  giverOrganizationId: Scalars['ID']['output'];
  /** The name of the organization that received; null for the whole group. */
  receiverName: Maybe<Scalars['String']['output']>;
  /** Null: given to the whole collaboration. */
  receiverOrganizationId: Maybe<Scalars['ID']['output']>;
  /** The confirmed value, a decimal in the ledger's scale. */
  value: Scalars['Decimal']['output'];
};

/** An organization's place in a collaboration. */
export type Participation = {
  __typename?: 'Participation';
  /** The version of the ground rules it accepted last; null if none. */
  acceptedGroundRulesVersion: Maybe<Scalars['Int']['output']>;
  /** Accepted, and has accepted the ground rules in force. */
  active: Scalars['Boolean']['output'];
  /** The collaboration. */
  collaboration: Collaboration;
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** Which versions of the ground rules it accepted, who and when (facilitator and the organization). */
  groundRulesAcceptances: Array<GroundRulesAcceptance>;
  /** The id of the participation. */
  id: Scalars['ID']['output'];
  /** The message sent with the invitation. */
  invitationMessage: Scalars['String']['output'];
  /** When it was invited. */
  invitedAt: Scalars['DateTime']['output'];
  /** Accepted, but a newer version of the ground rules awaits its acceptance. */
  mustAcceptGroundRules: Scalars['Boolean']['output'];
  /** What the organization offers. */
  offers: Array<ParticipationEntry>;
  /** The organization. */
  organization: Organization;
  /** The id of the organization. */
  organizationId: Scalars['ID']['output'];
  /** When it answered; null until then. */
  respondedAt: Maybe<Scalars['DateTime']['output']>;
  /** What the organization seeks. */
  seeks: Array<ParticipationEntry>;
  /** Where the organization's participation stands. */
  status: ParticipationStatus;
  /** Why it was declined or withdrawn; null if no reason was given. */
  statusReason: Maybe<Scalars['String']['output']>;
};

/** A page of Participation nodes, in the list's order, with what pages on. */
export type ParticipationConnection = {
  __typename?: 'ParticipationConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<ParticipationEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Participation>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Participation of a page, with its cursor. */
export type ParticipationEdge = {
  __typename?: 'ParticipationEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Participation. */
  node: Participation;
};

/** Something an organization seeks or offers. */
export type ParticipationEntry = {
  __typename?: 'ParticipationEntry';
  /** What kind of contribution. */
  contributionType: ContributionType;
  /** When it was added. */
  createdAt: Scalars['DateTime']['output'];
  /** What, in a few words. */
  description: Scalars['String']['output'];
  /** Whether the organization seeks or offers it. */
  direction: EntryDirection;
  /** The id of the entry. */
  id: Scalars['ID']['output'];
  /** The id of the participation. */
  participationId: Scalars['ID']['output'];
  /** When it last changed. */
  updatedAt: Scalars['DateTime']['output'];
};

/** What an organization seeks or offers in the collaboration. */
export type ParticipationEntryInput = {
  /** What kind of contribution. */
  contributionType: ContributionType;
  /** What, in a few words. */
  description: Scalars['String']['input'];
  /** Whether it seeks or offers it. */
  direction: EntryDirection;
};

/** How many organizations were invited to the collaboration, and what they answered. */
export type ParticipationReport = {
  __typename?: 'ParticipationReport';
  /** How many accepted and take part. */
  accepted: Scalars['Int']['output'];
  /** Accepted, and on the ground rules in force. */
  active: Scalars['Int']['output'];
  /** The version number of the ground rules in force; null before any is published. */
  currentGroundRulesVersion: Maybe<Scalars['Int']['output']>;
  /** How many declined. */
  declined: Scalars['Int']['output'];
  /** How many organizations were invited (all answers). */
  invited: Scalars['Int']['output'];
  /** Invited or accepted organizations that have not accepted the rules in force. */
  pendingAcceptance: Array<ReportOrganization>;
  /** How many withdrew after taking part. */
  withdrawn: Scalars['Int']['output'];
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

/** A rating of another organization in a final evaluation. */
export type PeerRating = {
  __typename?: 'PeerRating';
  /** Why, in a few words. */
  comment: Scalars['String']['output'];
  /** The id of the rated organization. */
  organizationId: Scalars['ID']['output'];
  /** The rating, from 1 (poor) to 5 (very good). */
  rating: Scalars['Int']['output'];
};

/** A rating of another organization. */
export type PeerRatingInput = {
  /** Why, in a few words. */
  comment?: Scalars['String']['input'];
  /** The id of the organization. */
  organizationId: Scalars['ID']['input'];
  /** The rating, from 1 (poor) to 5 (very good). */
  rating: Scalars['Int']['input'];
};

/** How the others rated one organization. */
export type PeerRatingReport = {
  __typename?: 'PeerRatingReport';
  /** Mean rating (1–5), one decimal. */
  average: Maybe<Scalars['Float']['output']>;
  /** The rated organization's name. */
  name: Scalars['String']['output'];
  /** The id of the rated organization. */
  organizationId: Scalars['ID']['output'];
  /** How many ratings were given. */
  ratings: Scalars['Int']['output'];
};

/** A GraphQL document a reporting token may run, with the hash to send it by. */
export type PersistedQuery = {
  __typename?: 'PersistedQuery';
  /** The document, exactly as given when the token was created. */
  document: Scalars['String']['output'];
  /** The SHA-256 (hex) of `document`: `extensions.persistedQuery.sha256Hash`. */
  sha256Hash: Scalars['String']['output'];
};

/** The collaboration's plan: objectives with indicators, and milestones with tasks. */
export type Plan = {
  __typename?: 'Plan';
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** The milestones, in order. */
  milestones: Array<Milestone>;
  /** The objectives, in order. */
  objectives: Array<Objective>;
  /** How many milestones are past due and not done. */
  overdueMilestoneCount: Scalars['Int']['output'];
  /** How many tasks are past due and not done. */
  overdueTaskCount: Scalars['Int']['output'];
  /** Mean percent done of the accepted, not cancelled milestones. */
  percentDone: Scalars['Float']['output'];
};

/** An element of the plan changed: which kind and which one, never what it says (read the plan again). */
export type PlanChange = {
  __typename?: 'PlanChange';
  /** The id of the collaboration whose plan changed. */
  collaborationId: Scalars['ID']['output'];
  /** The element added, changed, removed or reported on. */
  elementId: Scalars['ID']['output'];
  /** What kind of element of the plan changed. */
  kind: PlanElementKind;
};

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

/** What happened when an element of the plan was removed. */
export type PlanRemoval = {
  __typename?: 'PlanRemoval';
  /** The id of the removed element. */
  id: Scalars['ID']['output'];
  /** Whether it was removed or a removal was proposed. */
  outcome: RemovalOutcome;
};

/** How far the plan got: milestones, tasks, indicators and what is overdue. */
export type PlanReport = {
  __typename?: 'PlanReport';
  /** Every indicator with its progress. */
  indicators: Array<IndicatorReport>;
  /** How many milestones the plan has. */
  milestones: Scalars['Int']['output'];
  /** How many milestones are done. */
  milestonesDone: Scalars['Int']['output'];
  /** How many milestones are past due and not done. */
  milestonesOverdue: Scalars['Int']['output'];
  /** The milestones and tasks past due and not done. */
  overdue: Array<OverdueReportItem>;
  /** The plan's progress in percent (0 to 100, one decimal): the mean over its accepted, not cancelled milestones of each one's share of done tasks (100 when the milestone is done). */
  percentDone: Scalars['Float']['output'];
  /** How many tasks the plan has. */
  tasks: Scalars['Int']['output'];
  /** How many tasks are blocked. */
  tasksBlocked: Scalars['Int']['output'];
  /** How many tasks are done. */
  tasksDone: Scalars['Int']['output'];
  /** How many tasks are past due and not done. */
  tasksOverdue: Scalars['Int']['output'];
};

/** Details are null where you may not see them (confidential). */
export type PlanResource = {
  __typename?: 'PlanResource';
  /** Whether only its provider and the facilitator may read its details. */
  confidential: Scalars['Boolean']['output'];
  /** ISO 4217. */
  currency: Maybe<Scalars['String']['output']>;
  /** What the resource is; null where the viewer may not see it. */
  description: Maybe<Scalars['String']['output']>;
  /** Whether the viewer may read its details (description, provider, quantity). */
  detailsVisible: Scalars['Boolean']['output'];
  /** The id of the resource. */
  id: Scalars['ID']['output'];
  /** Whether it is available or needed. */
  kind: ResourceKind;
  /** The id of the milestone it is for. */
  milestoneId: Scalars['ID']['output'];
  /** The id of the organization that provides or needs it; null where hidden or none. */
  providerOrganizationId: Maybe<Scalars['ID']['output']>;
  /** How much; null where hidden or not given. */
  quantity: Maybe<Scalars['Float']['output']>;
  /** The unit of the quantity; null where hidden or not given. */
  unit: Maybe<Scalars['String']['output']>;
  /** Exact decimal. */
  value: Maybe<Scalars['Decimal']['output']>;
};

/** A piece of work under a milestone, done by one organization. */
export type PlanTask = {
  __typename?: 'PlanTask';
  /** Why it is blocked; null unless it is. */
  blockedReason: Maybe<Scalars['String']['output']>;
  /** What the task is about. */
  description: Scalars['String']['output'];
  /** YYYY-MM-DD */
  dueDate: Maybe<Scalars['String']['output']>;
  /** The id of the task. */
  id: Scalars['ID']['output'];
  /** The id of the milestone it belongs to. */
  milestoneId: Scalars['ID']['output'];
  /** Whether it is past its due date and not done. */
  overdue: Scalars['Boolean']['output'];
  /** Whether the facilitator accepted it (tasks proposed by participants wait). */
  proposalStatus: ProposalStatus;
  /** The id of the organization responsible for it. */
  responsibleOrganizationId: Scalars['ID']['output'];
  /** The id of the person responsible for it; null if none is named. */
  responsibleUserId: Maybe<Scalars['ID']['output']>;
  /** Where the work stands. */
  status: TaskStatus;
  /** The task's title. */
  title: Scalars['String']['output'];
};

/** A commitment to a future contribution. */
export type Pledge = {
  __typename?: 'Pledge';
  /** Why it was cancelled; null unless it was. */
  cancelReason: Maybe<Scalars['String']['output']>;
  /** What kind of contribution is pledged. */
  contributionType: ContributionType;
  /** When it was made. */
  createdAt: Scalars['DateTime']['output'];
  /** What is pledged. */
  description: Scalars['String']['output'];
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['output'];
  /** The ids of the ledger entries that fulfil it. */
  fulfilledByEntryIds: Array<Scalars['ID']['output']>;
  /** The id of the pledge. */
  id: Scalars['ID']['output'];
  /** Whether it is open and past its due date. */
  overdue: Scalars['Boolean']['output'];
  /** The id of the organization that pledged. */
  pledgerOrganizationId: Scalars['ID']['output'];
  /** The id of the organization it is pledged to; null for the whole group. */
  receiverOrganizationId: Maybe<Scalars['ID']['output']>;
  /** Whether it is open, fulfilled or cancelled. */
  status: PledgeStatus;
};

/** A page of Pledge nodes, in the list's order, with what pages on. */
export type PledgeConnection = {
  __typename?: 'PledgeConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<PledgeEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Pledge>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Pledge of a page, with its cursor. */
export type PledgeEdge = {
  __typename?: 'PledgeEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Pledge. */
  node: Pledge;
};

/** A contribution the viewer's organization promises. */
export type PledgeInput = {
  /** What kind of contribution is promised. */
  contributionType: ContributionType;
  /** What is promised. */
  description: Scalars['String']['input'];
  /** YYYY-MM-DD */
  dueOn: Scalars['String']['input'];
  /** Null: to the collaboration as a whole. */
  receiverOrganizationId?: InputMaybe<Scalars['ID']['input']>;
};

/** Where a pledge stands. */
export type PledgeStatus =
  /** It was cancelled. */
  | 'CANCELLED'
  /** Ledger entries fulfil it. */
  | 'FULFILLED'
  /** It is yet to be fulfilled. */
  | 'OPEN';

/** One collaboration in the facilitator's overview of all of theirs. */
export type PortfolioRow = {
  __typename?: 'PortfolioRow';
  /** How many grants can be read now. */
  activeGrants: Scalars['Int']['output'];
  /** How many organizations take part now. */
  activeParticipants: Scalars['Int']['output'];
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** The value of all confirmed ledger entries, a decimal in the ledger's scale. */
  confirmedValue: Scalars['Decimal']['output'];
  /** ISO 4217, for the money scale. */
  currency: Maybe<Scalars['String']['output']>;
  /** How many pledges are open. */
  openPledges: Scalars['Int']['output'];
  /** How many milestones are past due and not done. */
  overdueMilestones: Scalars['Int']['output'];
  /** How many open pledges are past due. */
  overduePledges: Scalars['Int']['output'];
  /** How many tasks are past due and not done. */
  overdueTasks: Scalars['Int']['output'];
  /** How many disclosure requests wait for the facilitator. */
  pendingDisclosureRequests: Scalars['Int']['output'];
  /** The plan's progress in percent (0 to 100, one decimal): the mean over its accepted, not cancelled milestones of each one's share of done tasks (100 when the milestone is done). */
  percentDone: Scalars['Float']['output'];
  /** Where the collaboration is in its life. */
  status: CollaborationStatus;
  /** The collaboration's title. */
  title: Scalars['String']['output'];
  /** How the ledger values contributions. */
  valuationScale: ValuationScale;
};

/** A progress update on a milestone or one of its tasks. */
export type ProgressInput = {
  /** The id of a grant that shows the evidence. */
  evidenceGrantId?: InputMaybe<Scalars['ID']['input']>;
  /** Indicator values to report with it. */
  indicatorValues?: Array<IndicatorValueInput>;
  /** The id of the plan milestone. */
  milestoneId: Scalars['ID']['input'];
  /** The id of the plan task. */
  taskId?: InputMaybe<Scalars['ID']['input']>;
  /** What was done or learned. */
  text: Scalars['String']['input'];
};

/** A note on how a milestone or task is going, with indicator values. */
export type ProgressUpdate = {
  __typename?: 'ProgressUpdate';
  /** The id of the person who wrote it. */
  authorUserId: Scalars['ID']['output'];
  /** When it was posted. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of a grant that shows the evidence; null if none. */
  evidenceGrantId: Maybe<Scalars['ID']['output']>;
  /** The id of the update. */
  id: Scalars['ID']['output'];
  /** Indicator values reported with it. */
  indicatorValues: Array<IndicatorValue>;
  /** The id of the milestone it is about. */
  milestoneId: Scalars['ID']['output'];
  /** The id of the author's organization; null for the facilitator. */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** The id of the task it is about; null for the milestone as a whole. */
  taskId: Maybe<Scalars['ID']['output']>;
  /** What was done or learned. */
  text: Scalars['String']['output'];
};

/** The facilitator's decision on a proposed element of the plan. */
export type ProposalDecisionInput = {
  /** True to accept the proposal, false to decline it. */
  accept: Scalars['Boolean']['input'];
};

/** Whether the facilitator accepted a milestone or task. */
export type ProposalStatus =
  /** Accepted (or added by the facilitator). */
  | 'ACCEPTED'
  /** Declined by the facilitator. */
  | 'DECLINED'
  /** Proposed by a participant; waits for the facilitator. */
  | 'PROPOSED';

/** A text from the facilitator to participants; it names no sources. */
export type Publication = {
  __typename?: 'Publication';
  /** The id of the area it is about; null for the whole collaboration. */
  areaId: Maybe<Scalars['ID']['output']>;
  /** Who may read it. */
  audienceKind: AudienceKind;
  /** Markdown. */
  body: Scalars['String']['output'];
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** When it was published. */
  createdAt: Scalars['DateTime']['output'];
  /** The id of the publication. */
  id: Scalars['ID']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A page of Publication nodes, in the list's order, with what pages on. */
export type PublicationConnection = {
  __typename?: 'PublicationConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<PublicationEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Publication>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Publication of a page, with its cursor. */
export type PublicationEdge = {
  __typename?: 'PublicationEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Publication. */
  node: Publication;
};

/** A new version of the ground rules. */
export type PublishGroundRulesInput = {
  /** Rules of the game between the parties (markdown). */
  body: Scalars['String']['input'];
  /** What changed since the previous version. */
  changeSummary?: Scalars['String']['input'];
  /** Rules of the game toward third parties (markdown). */
  thirdPartyRules: Scalars['String']['input'];
};

/** A text from the facilitator to participants. */
export type PublishInput = {
  /** The area it summarises, e.g. a restricted one. */
  areaId?: InputMaybe<Scalars['ID']['input']>;
  /** Who may read it. */
  audienceKind?: AudienceKind;
  /** Markdown. Name no sources. */
  body: Scalars['String']['input'];
  /** Required when audienceKind is NAMED. */
  recipientOrganizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** Its title. */
  title: Scalars['String']['input'];
};

/** A question and its answer, reworded so they name no one, to publish to all participants. */
export type PublishQuestionInput = {
  /** The answer as every participant will read it. */
  answer: Scalars['String']['input'];
  /** The question as every participant will read it: remove what identifies the asker. */
  question: Scalars['String']['input'];
};

/** An anonymised question and its answer, published by the facilitator to every active participant. Names no asker and does not link to the private question. */
export type PublishedAnswer = {
  __typename?: 'PublishedAnswer';
  /** The answer as published. */
  answer: Scalars['String']['output'];
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** The id of the published question and answer. */
  id: Scalars['ID']['output'];
  /** When it was published. */
  publishedAt: Scalars['DateTime']['output'];
  /** The question as the facilitator rewrote it. */
  question: Scalars['String']['output'];
};

/** A page of PublishedAnswer nodes, in the list's order, with what pages on. */
export type PublishedAnswerConnection = {
  __typename?: 'PublishedAnswerConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<PublishedAnswerEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<PublishedAnswer>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A PublishedAnswer of a page, with its cursor. */
export type PublishedAnswerEdge = {
  __typename?: 'PublishedAnswerEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The PublishedAnswer. */
  node: PublishedAnswer;
};

/** What a client may read; each field says who may read it. */
export type Query = {
  __typename?: 'Query';
  /** A user's account security log, newest first (platform administrators). */
  accountEvents: AccountEventConnection;
  /**
   * The option lists (markets, segments, products) of each area.
   * @deprecated Use Collaboration.activityOptions (a connection). Removed after 2027-06-30.
   */
  activityOptions: Array<ActivityOption>;
  /**
   * Your reporting API tokens, newest first.
   * @deprecated Use me { apiTokens } (User.apiTokens, a connection). Removed after 2027-06-30.
   */
  apiTokens: Array<ApiToken>;
  /**
   * The areas of exchange of a collaboration.
   * @deprecated Use Collaboration.areas (a connection). Removed after 2027-06-30.
   */
  areas: Array<Area>;
  /** A collaboration's audit log, newest first. Its facilitator reads every record, with people's ids and names. A participant reads the records about its own organization (as subject or counterpart), with the ids of its own people only (anyone else: `actorKind` WITHHELD), no names, and may filter by itself only; see docs/api.md, "Audit records a participant reads". */
  auditLog: AuditRecordConnection;
  /** Everyone who acted in a collaboration's audit log, by name (facilitator). */
  auditLogPeople: Array<AuditPerson>;
  /** How noisy a differentially private round with these settings and this many contributions would be (public facts only): to preview a round before it opens. */
  benchmarkNoisePreview: BenchmarkNoise;
  /** One benchmark round of a collaboration the viewer takes part in or facilitates. */
  benchmarkRound: BenchmarkRound;
  /**
   * Benchmark rounds, latest opening first.
   * @deprecated Use Collaboration.benchmarkRounds (a connection). Removed after 2027-06-30.
   */
  benchmarkRounds: Array<BenchmarkRound>;
  /** One collaboration the viewer facilitates or takes part in. */
  collaboration: Collaboration;
  /**
   * A collaboration’s invitations by email, newest first (its facilitators; anyone else sees only those to their own address).
   * @deprecated Use Collaboration.invitations (a connection). Removed after 2027-06-30.
   */
  collaborationInvitations: Array<CollaborationInvitation>;
  /** A collaboration’s report: participation, plan, disclosure funnel, ledger and, once closed, evaluation. Also as CSV at GET /reports/collaborations/{id}.csv. */
  collaborationReport: CollaborationReport;
  /** The collaborations the viewer facilitates or takes part in, newest first. */
  collaborations: CollaborationConnection;
  /** The demo accounts’ password while this instance holds the demo data; null otherwise. */
  demoSignIn: Maybe<DemoSignIn>;
  /**
   * Overlaps computed from declared activity (facilitator only).
   * @deprecated Use Collaboration.detectedOverlaps (a connection). Removed after 2027-06-30.
   */
  detectedOverlaps: Array<DetectedOverlap>;
  /** One disclosure request: for the facilitator and the owner organization. */
  disclosureRequest: DisclosureRequest;
  /** The disclosure requests of a collaboration the viewer may read, oldest first. */
  disclosureRequests: DisclosureRequestConnection;
  /**
   * The final evaluations of a collaboration the viewer may read.
   * @deprecated Use Collaboration.evaluations (a connection). Removed after 2027-06-30.
   */
  evaluations: Array<Evaluation>;
  /**
   * Valid grants that the rules now in force would not allow: revoke them, or keep them with a reason.
   * @deprecated Use Collaboration.grantsNeedingReview (a connection). Removed after 2027-06-30.
   */
  grantsNeedingReview: Array<GrantToReview>;
  /** What an invitation link (its token) is for: whom it invites where, where it stands, and whether the address has an account (sign in) or not (sign up). NOT_FOUND when it is no link (or was replaced by a newer one). The first ask marks the link opened. Asked signed in with the address invited, it proves that address (the account becomes verified). */
  invitationLink: InvitationLink;
  /** One item the viewer may read. */
  item: Item;
  /** The items of a collaboration the viewer's organization owns (all for the facilitator), latest change first. */
  items: ItemConnection;
  /** "Debe y haber": balances over confirmed entries. */
  ledgerBalances: LedgerBalances;
  /** The ledger entries of a collaboration the viewer may read, newest first. */
  ledgerEntries: LedgerEntryConnection;
  /** How the collaboration's ledger values contributions. */
  ledgerSettings: LedgerSettings;
  /** The emails of the queue, newest first: kind, recipient, status, attempts, last error and dates (never their content). Platform admins only. */
  mailQueue: MailMessageConnection;
  /** The signed-in user, or null. */
  me: Maybe<User>;
  /** Your account security log, newest first: second factor turned on, off or reset, recovery codes used or renewed, password changes. */
  myAccountEvents: AccountEventConnection;
  /** What your organization declared (options, customer lists): nobody else sees it. */
  myActivity: MyActivity;
  /** Your live calendar feed, or null when you have none (its address is not shown again). */
  myCalendarFeed: Maybe<CalendarFeed>;
  /** How each kind of notification reaches you by email (every kind, defaults included). */
  myNotificationPreferences: Array<NotificationPreference>;
  /** Pending invitations addressed to your email. */
  myOrganizationInvitations: Array<ReceivedOrganizationInvitation>;
  /** Where you are signed in: your sessions neither ended nor expired, newest first, the one of this request marked `current`. */
  mySessions: SessionConnection;
  /** Where your two-factor sign-in stands. */
  myTwoFactor: TwoFactorStatus;
  /** The viewer's notifications, newest first. */
  notifications: NotificationConnection;
  /** One organization the viewer may read. */
  organization: Organization;
  /** What an organization gave, received and saw, per collaboration. Also as CSV at GET /reports/organizations/{id}.csv. */
  organizationReport: OrganizationReport;
  /** The organizations the viewer may read, by name: those whose name contains `search`, or only the viewer's own with `mine`. */
  organizations: OrganizationConnection;
  /**
   * Declared overlaps: the facilitator sees all; an active participant those that involve its organization.
   * @deprecated Use Collaboration.overlaps (a connection). Removed after 2027-06-30.
   */
  overlaps: Array<Overlap>;
  /** The organizations of a collaboration and where each stands, newest first. */
  participations: ParticipationConnection;
  /** The action plan, with progress derived from its tasks. */
  plan: Plan;
  /**
   * Pledges by due date; `overdue` marks open ones past due.
   * @deprecated Use Collaboration.pledges (a connection). Removed after 2027-06-30.
   */
  pledges: Array<Pledge>;
  /** One row per collaboration you facilitate. Also as CSV at GET /reports/portfolio.csv. */
  portfolioReport: Array<PortfolioRow>;
  /** The publications of a collaboration the viewer may read, newest first. */
  publications: PublicationConnection;
  /** The anonymised questions and answers published to every participant. */
  publishedAnswers: PublishedAnswerConnection;
  /** One question: for the facilitator and the organization that asked. */
  question: Question;
  /** Private questions to the facilitator, newest first. */
  questions: QuestionConnection;
  /** Finds words in everything the viewer may read: its organization’s items, what was shared with it (as approved), publications, questions, the plan and, for the facilitator, the audit log. Best matches first. */
  search: SearchHitConnection;
  /** What other organizations shared with yours. */
  sharedWithMe: SharedItemConnection;
  /** "View as": what one participant sees (facilitator, read-only). */
  sharedWithOrganization: SharedItemConnection;
  /** How many of the viewer's notifications are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Users the caller may see (all of them for a platform admin). */
  users: UserConnection;
  /** Verify the keyed chain against its latest checkpoint, from the last verified record (or from the first with `full`); report the first bad record (facilitator). */
  verifyAuditLog: AuditVerification;
  /** An endpoint’s deliveries, newest first, with their last status and next attempt. */
  webhookDeliveries: WebhookDeliveryConnection;
  /** The webhook endpoints you own: of collaborations you facilitate, of organizations you own (of one of them, if named). */
  webhookEndpoints: WebhookEndpointConnection;
};


/** What a client may read; each field says who may read it. */
export type QueryAccountEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  userId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryActivityOptionsArgs = {
  areaId: InputMaybe<Scalars['ID']['input']>;
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryAreasArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryAuditLogArgs = {
  action: InputMaybe<AuditAction>;
  actorUserId: InputMaybe<Scalars['ID']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  collaborationId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  organizationId: InputMaybe<Scalars['ID']['input']>;
  since: InputMaybe<Scalars['DateTime']['input']>;
  subjectId: InputMaybe<Scalars['ID']['input']>;
  until: InputMaybe<Scalars['DateTime']['input']>;
};


/** What a client may read; each field says who may read it. */
export type QueryAuditLogPeopleArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryBenchmarkNoisePreviewArgs = {
  count: Scalars['Int']['input'];
  privacy: BenchmarkPrivacyInput;
  summable?: Scalars['Boolean']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryBenchmarkRoundArgs = {
  id: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryBenchmarkRoundsArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryCollaborationArgs = {
  id: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryCollaborationInvitationsArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryCollaborationReportArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryCollaborationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status: InputMaybe<CollaborationStatus>;
};


/** What a client may read; each field says who may read it. */
export type QueryDetectedOverlapsArgs = {
  areaId: InputMaybe<Scalars['ID']['input']>;
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryDisclosureRequestArgs = {
  id: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryDisclosureRequestsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  collaborationId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  itemId: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<DisclosureStatus>;
};


/** What a client may read; each field says who may read it. */
export type QueryEvaluationsArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryGrantsNeedingReviewArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryInvitationLinkArgs = {
  token: Scalars['String']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryItemsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  areaId: InputMaybe<Scalars['ID']['input']>;
  collaborationId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  ownerOrganizationId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may read; each field says who may read it. */
export type QueryLedgerBalancesArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryLedgerEntriesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  collaborationId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  organizationId: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<LedgerEntryStatus>;
};


/** What a client may read; each field says who may read it. */
export type QueryLedgerSettingsArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryMailQueueArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status: InputMaybe<MailStatus>;
};


/** What a client may read; each field says who may read it. */
export type QueryMyAccountEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryMyActivityArgs = {
  collaborationId: Scalars['ID']['input'];
  organizationId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may read; each field says who may read it. */
export type QueryMySessionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryNotificationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryOrganizationReportArgs = {
  organizationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryOrganizationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  mine?: Scalars['Boolean']['input'];
  search: InputMaybe<Scalars['String']['input']>;
};


/** What a client may read; each field says who may read it. */
export type QueryOverlapsArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryParticipationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  collaborationId: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  organizationId: InputMaybe<Scalars['ID']['input']>;
  status: InputMaybe<ParticipationStatus>;
};


/** What a client may read; each field says who may read it. */
export type QueryPlanArgs = {
  collaborationId: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryPledgesArgs = {
  collaborationId: Scalars['ID']['input'];
  status: InputMaybe<PledgeStatus>;
};


/** What a client may read; each field says who may read it. */
export type QueryPublicationsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  collaborationId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryPublishedAnswersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  collaborationId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryQuestionArgs = {
  id: Scalars['ID']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryQuestionsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  collaborationId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  status: InputMaybe<QuestionStatus>;
};


/** What a client may read; each field says who may read it. */
export type QuerySearchArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  collaborationId: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  query: Scalars['String']['input'];
};


/** What a client may read; each field says who may read it. */
export type QuerySharedWithMeArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  areaId: InputMaybe<Scalars['ID']['input']>;
  collaborationId: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  ownerOrganizationId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may read; each field says who may read it. */
export type QuerySharedWithOrganizationArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  areaId: InputMaybe<Scalars['ID']['input']>;
  collaborationId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
  organizationId: Scalars['ID']['input'];
  ownerOrganizationId: InputMaybe<Scalars['ID']['input']>;
};


/** What a client may read; each field says who may read it. */
export type QueryUsersArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search: InputMaybe<Scalars['String']['input']>;
};


/** What a client may read; each field says who may read it. */
export type QueryVerifyAuditLogArgs = {
  collaborationId: Scalars['ID']['input'];
  full?: Scalars['Boolean']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryWebhookDeliveriesArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  endpointId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


/** What a client may read; each field says who may read it. */
export type QueryWebhookEndpointsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  collaborationId: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
  organizationId: InputMaybe<Scalars['ID']['input']>;
};

/** A participant's private question to the facilitator: read only by the facilitator and the asking organization. */
export type Question = {
  __typename?: 'Question';
  /** The private answer. */
  answer: Maybe<Scalars['String']['output']>;
  /** When it was answered; null until then. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** When it was asked. */
  askedAt: Scalars['DateTime']['output'];
  /** The member who asked. */
  askedByName: Scalars['String']['output'];
  /** The id of the organization that asked. */
  askerOrganizationId: Scalars['ID']['output'];
  /** The name of the organization that asked. */
  askerOrganizationName: Scalars['String']['output'];
  /** The question. */
  body: Scalars['String']['output'];
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** The id of the question. */
  id: Scalars['ID']['output'];
  /** While published: the anonymised version every active participant reads. */
  publication: Maybe<PublishedAnswer>;
  /** Whether it waits, was answered or was published. */
  status: QuestionStatus;
  /** A short subject; null if none was given. */
  subject: Maybe<Scalars['String']['output']>;
};

/** A page of Question nodes, in the list's order, with what pages on. */
export type QuestionConnection = {
  __typename?: 'QuestionConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<QuestionEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Question>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Question of a page, with its cursor. */
export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Question. */
  node: Question;
};

/** OPEN: waiting for the facilitator; ANSWERED: answered in private; PUBLISHED: an anonymised version was published to every active participant. */
export type QuestionStatus =
  /** The facilitator answered it. */
  | 'ANSWERED'
  /** It waits for an answer. */
  | 'OPEN'
  /** It was published with its answer. */
  | 'PUBLISHED';

/** An optional reason. */
export type ReasonInput = {
  /** Why, in a few words. */
  reason?: Scalars['String']['input'];
};

/** The reason for the decision. */
export type ReasonRequiredInput = {
  /** Why, in a few words. */
  reason: Scalars['String']['input'];
};

/** An invitation addressed to you: accept it to become a member. */
export type ReceivedOrganizationInvitation = {
  __typename?: 'ReceivedOrganizationInvitation';
  /** When it was sent. */
  createdAt: Scalars['DateTime']['output'];
  /** When it stops working. */
  expiresAt: Scalars['DateTime']['output'];
  /** The id of the invitation. */
  id: Scalars['ID']['output'];
  /** Who sent it (an owner of the organization). */
  invitedByName: Scalars['String']['output'];
  /** The id of the organization. */
  organizationId: Scalars['ID']['output'];
  /** The organization's name. */
  organizationName: Scalars['String']['output'];
  /** The role the viewer gets on accepting. */
  role: MembershipRole;
  /** Whether it waits, was accepted, declined, revoked or expired. */
  status: InvitationStatus;
};

/** Exactly what one recipient would see if approved as proposed. */
export type RecipientPreview = {
  __typename?: 'RecipientPreview';
  /** What the recipient would read, redacted. */
  content: RedactedContent;
  /** The files it would get, and how. */
  files: Array<FileShare>;
  /** The id of the recipient organization. */
  organizationId: Scalars['ID']['output'];
  /** The recipient's name. */
  organizationName: Scalars['String']['output'];
};

/** What to hide from one recipient. */
export type RecipientRedactionInput = {
  /** The id of the organization. */
  organizationId: Scalars['ID']['input'];
  /** What to hide from it. */
  redaction: RedactionInput;
};

/** A recipient that has received more than it gave. */
export type ReciprocityWarning = {
  __typename?: 'ReciprocityWarning';
  /** Received minus given. */
  gap: Scalars['Decimal']['output'];
  /** The confirmed value it gave, a decimal in the ledger's scale. */
  given: Scalars['Decimal']['output'];
  /** The id of the organization. */
  organizationId: Scalars['ID']['output'];
  /** The confirmed value it received, a decimal in the ledger's scale. */
  received: Scalars['Decimal']['output'];
};

/** One-time codes that sign in when the authenticator app is lost. Shown once. */
export type RecoveryCodes = {
  __typename?: 'RecoveryCodes';
  /** One-time codes for signing in without the app, shown this once (only their hashes are kept). Each works once. */
  codes: Array<Scalars['String']['output']>;
};

/** Content as a recipient sees it: redacted on the server. */
export type RedactedContent = {
  __typename?: 'RedactedContent';
  /** Markdown with each redacted span replaced by the marker, no markup left around it. */
  body: Scalars['String']['output'];
  /** Redacted fields are absent. */
  fields: Array<ItemField>;
  /** How many fields are hidden. */
  redactedFieldCount: Scalars['Int']['output'];
  /** How many spans of text are hidden. */
  redactedSpanCount: Scalars['Int']['output'];
};

/** What is hidden from the recipients: whole fields and spans of text. */
export type Redaction = {
  __typename?: 'Redaction';
  /** Keys of the fields left out. */
  fieldKeys: Array<Scalars['String']['output']>;
  /** The files shared, and how; any other file of the version is withheld. */
  files: Array<FileShare>;
  /** Spans of the text as read, replaced by a marker. */
  spans: Array<Span>;
};

/** What to hide from the recipients: whole fields and spans of text. */
export type RedactionInput = {
  /** The keys of the fields to hide. */
  fieldKeys?: Array<Scalars['String']['input']>;
  /** The files shared; any other is withheld. Absent in a request: none; in a per-recipient decision: as proposed. */
  files?: InputMaybe<Array<FileShareInput>>;
  /** The spans of text to hide. */
  spans?: Array<SpanInput>;
};

/** A person to make a facilitator (administrators only). */
export type RegisterFacilitatorInput = {
  /** Required when no user has this email yet. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The email address of the new facilitator. */
  email: Scalars['String']['input'];
  /** Required when no user has this email yet. */
  initialPassword?: InputMaybe<Scalars['String']['input']>;
};

/** What removing a plan element did. */
export type RemovalOutcome =
  /** Archived: history names it (progress, ledger, evaluations); out of the plan. */
  | 'ARCHIVED'
  /** Deleted: nothing in the history named it. */
  | 'DELETED';

/** Which delivery to send again. */
export type ReplayWebhookDeliveryInput = {
  /** The delivery to replay (same event id and body). */
  deliveryId: Scalars['ID']['input'];
};

/** An organization as a report names it. */
export type ReportOrganization = {
  __typename?: 'ReportOrganization';
  /** The organization's name. */
  name: Scalars['String']['output'];
  /** The id of the organization. */
  organizationId: Scalars['ID']['output'];
};

/** A new email address for the signed-in account; it takes effect when the link sent to it is opened. */
export type RequestEmailChangeInput = {
  /** The account’s password, asked again. */
  currentPassword: Scalars['String']['input'];
  /** The address to move the account to. */
  newEmail: Scalars['String']['input'];
};

/** The email address of an account whose password was forgotten. */
export type RequestPasswordResetInput = {
  /** Where the reset link is sent, if an account has it. */
  email: Scalars['String']['input'];
  /**
   * Not used: the email is written in the language of the account.
   * @deprecated Ignored: the email is written in the account's language (setMyLanguage). Removed after 2027-06-30.
   */
  locale?: Locale;
};

/** The token from the reset link and the new password. */
export type ResetPasswordInput = {
  /** At least 10 characters. */
  newPassword: Scalars['String']['input'];
  /** The token of the link in the email. */
  token: Scalars['String']['input'];
};

/** Why an administrator removes a person's second factor. */
export type ResetSecondFactorInput = {
  /** Why (the user reads it in their account security log). */
  reason: Scalars['String']['input'];
};

/** A resource available or needed for a milestone. */
export type ResourceInput = {
  /** Whether only the provider and the facilitator may read its details. */
  confidential?: Scalars['Boolean']['input'];
  /** ISO 4217, e.g. EUR. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** What the resource is. */
  description: Scalars['String']['input'];
  /** Whether it is available or needed. */
  kind: ResourceKind;
  /** The id of the organization that provides it. */
  providerOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** How much, in `unit`. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** The unit of the quantity. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /**
   * Exact decimal, e.g. "1250.50".
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value?: InputMaybe<Scalars['String']['input']>;
  /** What it is worth, at most 2 decimals, e.g. "1250.50". */
  valueDecimal?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Whether a resource is available or needed. */
export type ResourceKind =
  /** Someone has it to give. */
  | 'AVAILABLE'
  /** Someone needs it. */
  | 'NEEDED';

/** Why the facilitator should review a grant. */
export type ReviewReason =
  /** Its area now needs the facilitator's decision. */
  | 'AREA_MODERATED'
  /** Its area now allows no disclosures. */
  | 'AREA_RESTRICTED'
  /** An overlap now applies to it. */
  | 'OVERLAP';

/** One thing a search found, among what the viewer may read. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The id of the collaboration it is in. */
  collaborationId: Scalars['ID']['output'];
  /** The title of that collaboration. */
  collaborationTitle: Scalars['String']['output'];
  /** The best passages of the text, matched words flagged (plain text, not HTML). */
  highlight: Array<SearchTextSegment>;
  /** The id of the record. */
  id: Scalars['ID']['output'];
  /** What kind of record it is. */
  kind: SearchHitKind;
  /** Where to open it in the web apps. */
  link: SearchLink;
  /** How well it matches (higher first). */
  rank: Scalars['Float']['output'];
  /** The title as stored (a question without subject: its first words). */
  title: Scalars['String']['output'];
  /** The title, its matched words flagged. */
  titleHighlight: Array<SearchTextSegment>;
};

/** A page of SearchHit nodes, in the list's order, with what pages on. */
export type SearchHitConnection = {
  __typename?: 'SearchHitConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<SearchHitEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<SearchHit>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A SearchHit of a page, with its cursor. */
export type SearchHitEdge = {
  __typename?: 'SearchHitEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The SearchHit. */
  node: SearchHit;
};

/** What a search hit is; each kind opens its own screen. */
export type SearchHitKind =
  /** A record of the audit log. */
  | 'AUDIT_RECORD'
  /** An item of the viewer's organization. */
  | 'ITEM'
  /** A milestone of the plan. */
  | 'MILESTONE'
  /** An objective of the plan. */
  | 'OBJECTIVE'
  /** A publication of the facilitator. */
  | 'PUBLICATION'
  /** A published question and answer. */
  | 'PUBLISHED_ANSWER'
  /** A question to the facilitator. */
  | 'QUESTION'
  /** An item shared with the viewer's organization. */
  | 'SHARED_ITEM'
  /** A task of the plan. */
  | 'TASK';

/** Where a hit opens: its collaboration and the record to show there. */
export type SearchLink = {
  __typename?: 'SearchLink';
  /** The id of the collaboration the hit is in. */
  collaborationId: Scalars['ID']['output'];
  /** What kind of record the hit is. */
  kind: SearchHitKind;
  /** The record to open: the item, the grant (a shared item), the publication, the question, the published answer, the objective, milestone or task, the audit record. */
  targetId: Scalars['ID']['output'];
};

/** A piece of a highlighted text: matched words, or the text around them. */
export type SearchTextSegment = {
  __typename?: 'SearchTextSegment';
  /** Whether these are words the query matched. */
  match: Scalars['Boolean']['output'];
  /** A piece of the text. */
  text: Scalars['String']['output'];
};

/** The password was right; the sign-in waits for a code: finish it with `completeLogin`. */
export type SecondFactorChallenge = {
  __typename?: 'SecondFactorChallenge';
  /** After this, sign in again from the start. */
  expiresAt: Scalars['DateTime']['output'];
  /** Pass to `completeLogin` with a code. Works once. */
  token: Scalars['String']['output'];
};

/** A place where you are signed in: a browser, or an API client that signed in. */
export type Session = {
  __typename?: 'Session';
  /** When it signed in. */
  createdAt: Scalars['DateTime']['output'];
  /** Whether this is the session the request came with. */
  current: Scalars['Boolean']['output'];
  /** When the session ends unless it is used again. */
  expiresAt: Scalars['DateTime']['output'];
  /** The id of the session. */
  id: Scalars['ID']['output'];
  /** The client's address when it signed in, when known. */
  ipAddress: Maybe<Scalars['String']['output']>;
  /** How the session was opened. */
  kind: SessionKind;
  /** When it was last used (marked at most once a minute). */
  lastSeenAt: Scalars['DateTime']['output'];
  /** The browser or program, when known. */
  userAgent: Maybe<Scalars['String']['output']>;
};

/** A page of Session nodes, in the list's order, with what pages on. */
export type SessionConnection = {
  __typename?: 'SessionConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<SessionEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<Session>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A Session of a page, with its cursor. */
export type SessionEdge = {
  __typename?: 'SessionEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The Session. */
  node: Session;
};

/** How a session is held: the web apps' cookie, or a bearer token an API client asked for. */
export type SessionKind =
  /** An API client that signed in with `issueBearerToken`. */
  | 'BEARER'
  /** A web app (the session cookie). */
  | 'COOKIE';

/** Whether an area is archived. */
export type SetAreaArchivedInput = {
  /** True to archive the area, false to restore it. */
  archived: Scalars['Boolean']['input'];
};

/** The language of your account. */
export type SetMyLanguageInput = {
  /** The language for the web apps and emails. */
  locale: Locale;
};

/** How one kind of notification reaches you by email. */
export type SetNotificationPreferenceInput = {
  /** How to deliver it. */
  delivery: NotificationDelivery;
  /** The kind of notification. */
  kind: NotificationKind;
};

/** The facilitator's ruling on a disputed ledger entry. */
export type SettleLedgerDisputeInput = {
  /** Why, in a few words. */
  reason: Scalars['String']['input'];
  /** True to uphold the entry as declared (it counts), false to void it. */
  uphold: Scalars['Boolean']['input'];
};

/** A file shared with your organization, as you get it: a copy stamped with your organization, your name, the date and the grant’s reference, of the approved pages only. */
export type SharedFile = {
  __typename?: 'SharedFile';
  /** Whether you may download it, not only view it. */
  download: Scalars['Boolean']['output'];
  /** Relative path that downloads the stamped copy; null when view only. */
  downloadUrl: Maybe<Scalars['String']['output']>;
  /** The id of the file. */
  fileId: Scalars['ID']['output'];
  /** What kind of file it is. */
  kind: ItemFileKind;
  /** Its media type (for example application/pdf). */
  mediaType: Scalars['String']['output'];
  /** The file's name. */
  name: Scalars['String']['output'];
  /** Pages of the copy you get (of a PDF); null for other kinds. */
  pageCount: Maybe<Scalars['Int']['output']>;
  /** The pages shared; null: the whole file. */
  pagesShared: Maybe<Array<Scalars['Int']['output']>>;
  /** Relative path that shows the stamped copy (GET, signed in). */
  viewUrl: Scalars['String']['output'];
};

/** Something another organization shared with yours, as approved. */
export type SharedItem = {
  __typename?: 'SharedItem';
  /** The id of the item's area. */
  areaId: Scalars['ID']['output'];
  /** The area's name. */
  areaName: Scalars['String']['output'];
  /** The id of the collaboration. */
  collaborationId: Scalars['ID']['output'];
  /** The approved, redacted content. Reading it is recorded in the audit log. */
  content: Maybe<RedactedContent>;
  /** The files shared with your organization, as you get them (stamped copies of the approved pages); withheld files are not listed. */
  files: Array<SharedFile>;
  /** The id of the grant. */
  grantId: Scalars['ID']['output'];
  /** When it was shared. */
  grantedAt: Scalars['DateTime']['output'];
  /** The id of the item. */
  itemId: Scalars['ID']['output'];
  /** The id of the organization that owns the item. */
  ownerOrganizationId: Scalars['ID']['output'];
  /** The owner's name. */
  ownerOrganizationName: Scalars['String']['output'];
  /** The grant's reference, to trace a copy back to it. */
  reference: Scalars['String']['output'];
  /** Whether the recipient may pass it on to others. */
  thirdPartyRule: ThirdPartyRule;
  /** The item's title. */
  title: Scalars['String']['output'];
  /** When the grant ends; null for no end. */
  validUntil: Maybe<Scalars['DateTime']['output']>;
  /** The number of the version shared. */
  version: Scalars['Int']['output'];
  /** What to print on every copy. */
  watermark: Watermark;
};

/** A page of SharedItem nodes, in the list's order, with what pages on. */
export type SharedItemConnection = {
  __typename?: 'SharedItemConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<SharedItemEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<SharedItem>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many items match, over all pages (costs a count: ask only when shown). */
  totalCount: Scalars['Int']['output'];
};

/** A SharedItem of a page, with its cursor. */
export type SharedItemEdge = {
  __typename?: 'SharedItemEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The SharedItem. */
  node: SharedItem;
};

/** A new account: email, name and password. */
export type SignUpInput = {
  /** The name other people see. */
  displayName: Scalars['String']['input'];
  /** The email address to sign in with; a link to confirm it is sent there. */
  email: Scalars['String']['input'];
  /** The language of the account (the one the sign-up page is shown in); Spanish when not given. */
  locale?: InputMaybe<Locale>;
  /** At least 10 characters. */
  password: Scalars['String']['input'];
};

/** An account for the address an invitation link was emailed to. */
export type SignUpWithInvitationInput = {
  /** The name other people see. */
  displayName: Scalars['String']['input'];
  /** The language of the account (the one the page is shown in); when not given, the invitation's. */
  locale?: InputMaybe<Locale>;
  /** At least 10 characters. */
  password: Scalars['String']['input'];
  /** The token of the link in the email: it proves the address. */
  token: Scalars['String']['input'];
};

/** Characters [start, end) of the text as read (docs/adr/0013). */
export type Span = {
  __typename?: 'Span';
  /** Where the span ends: an offset in characters, exclusive. */
  end: Scalars['Int']['output'];
  /** Where the span starts: an offset in characters, from 0. */
  start: Scalars['Int']['output'];
};

/** Characters [start, end) of the text as read: the rendered Markdown without its markup, blocks separated by a blank line (see docs/adr/0013). */
export type SpanInput = {
  /** Where the span ends: an offset in characters, exclusive. */
  end: Scalars['Int']['input'];
  /** Where the span starts: an offset in characters, from 0. */
  start: Scalars['Int']['input'];
};

/** Confirmed ledger entries when closing. */
export type StatementBalances = {
  __typename?: 'StatementBalances';
  /** Each organization's confirmed balance. */
  organizations: Array<OrganizationBalance>;
  /** Who gave what to whom. */
  pairs: Array<PairBalance>;
};

/** The collaboration as the final statement names it. */
export type StatementCollaboration = {
  __typename?: 'StatementCollaboration';
  /** The id of the collaboration. */
  id: Scalars['ID']['output'];
  /** What it wanted to achieve. */
  objective: Scalars['String']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** One final evaluation as the statement records it, without its author. */
export type StatementEvaluation = {
  __typename?: 'StatementEvaluation';
  /** Its overall assessment. */
  assessment: Scalars['String']['output'];
  /** Its ratings of the objectives. */
  objectiveRatings: Array<ObjectiveRating>;
  /** Null: the facilitator's assessment. */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** Its ratings of the organizations. */
  peerRatings: Array<PeerRating>;
};

/** An indicator as the final statement records it. */
export type StatementIndicator = {
  __typename?: 'StatementIndicator';
  /**
   * The value at the start.
   * @deprecated Use baselineDecimal instead. Removed after 2027-06-30.
   */
  baseline: Scalars['Float']['output'];
  /** The value at the start. */
  baselineDecimal: Scalars['Decimal']['output'];
  /**
   * The latest value when closing.
   * @deprecated Use currentDecimal instead. Removed after 2027-06-30.
   */
  current: Maybe<Scalars['Float']['output']>;
  /** The latest value when closing. */
  currentDecimal: Maybe<Scalars['Decimal']['output']>;
  /** The id of the indicator. */
  id: Scalars['ID']['output'];
  /** Its name. */
  name: Scalars['String']['output'];
  /** Percent of the way from baseline to target (0–100) when closing. */
  progressPercent: Maybe<Scalars['Float']['output']>;
  /**
   * The value to reach.
   * @deprecated Use targetDecimal instead. Removed after 2027-06-30.
   */
  target: Scalars['Float']['output'];
  /** The value to reach. */
  targetDecimal: Scalars['Decimal']['output'];
  /** The unit of its values. */
  unit: Scalars['String']['output'];
};

/** An objective as the final statement records it. */
export type StatementObjective = {
  __typename?: 'StatementObjective';
  /** The id of the objective. */
  id: Scalars['ID']['output'];
  /** Its indicators. */
  indicators: Array<StatementIndicator>;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** The plan as the final statement records it. */
export type StatementPlan = {
  __typename?: 'StatementPlan';
  /** How many milestones were done. */
  milestonesDone: Scalars['Int']['output'];
  /** Accepted milestones, cancelled ones left out. */
  milestonesTotal: Scalars['Int']['output'];
  /** The objectives with their indicators. */
  objectives: Array<StatementObjective>;
};

/** An organization's private value for a benchmark round. */
export type SubmitBenchmarkValueInput = {
  /** The organization's value, in the round's unit: at most 15 significant digits, 6 of them after the point. */
  value: Scalars['Decimal']['input'];
};

/** What a client may follow live, over a WebSocket (graphql-ws). */
export type Subscription = {
  __typename?: 'Subscription';
  /** Your new notifications, live (graphql-ws at /graphql). */
  notificationAdded: Notification;
  /** Changes of the plan of a collaboration, live (graphql-ws at /graphql): read the plan again. */
  planChanged: PlanChange;
};


/** What a client may follow live, over a WebSocket (graphql-ws). */
export type SubscriptionPlanChangedArgs = {
  collaborationId: Scalars['ID']['input'];
};

/** A new task of a milestone. */
export type TaskInput = {
  /** What the task is about. */
  description?: Scalars['String']['input'];
  /** When it is due (YYYY-MM-DD). */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** The id of the organization responsible for it. */
  responsibleOrganizationId: Scalars['ID']['input'];
  /** The id of the person responsible for it. */
  responsibleUserId?: InputMaybe<Scalars['ID']['input']>;
  /** The task's title. */
  title: Scalars['String']['input'];
};

/** Where a task stands. */
export type TaskStatus =
  /** It cannot go on; see the reason. */
  | 'BLOCKED'
  /** Work on it has started. */
  | 'DOING'
  /** It is done. */
  | 'DONE'
  /** Work on it has not started. */
  | 'TODO';

/** A task's new status. */
export type TaskStatusInput = {
  /** Why it is blocked; required when the status is blocked. */
  blockedReason?: InputMaybe<Scalars['String']['input']>;
  /** The new status. */
  status: TaskStatus;
};

/** What recipients may do with an item toward third parties. */
export type ThirdPartyRule =
  /** They may show it to their own advisors. */
  | 'ADVISORS'
  /** It stays inside the recipient organization. */
  | 'INTERNAL_ONLY'
  /** They may pass it on freely. */
  | 'PUBLIC';

/** A code from the authenticator app. */
export type TwoFactorCodeInput = {
  /** The 6-digit code your authenticator app shows now. */
  code: Scalars['String']['input'];
};

/** A new authenticator secret: scan the QR code (or type the secret), then confirm. */
export type TwoFactorSetup = {
  __typename?: 'TwoFactorSetup';
  /** The `otpauth://` address the QR code holds. */
  otpauthUri: Scalars['String']['output'];
  /** The QR code, as an SVG data URL (`data:image/svg+xml;base64,…`). */
  qrCodeDataUrl: Scalars['String']['output'];
  /** The secret in Base32, for typing into an app that cannot scan. */
  secret: Scalars['String']['output'];
};

/** Where your two-factor sign-in stands. */
export type TwoFactorStatus = {
  __typename?: 'TwoFactorStatus';
  /** Signing in asks for a code of your authenticator app. */
  enabled: Scalars['Boolean']['output'];
  /** When the second factor was turned on; null while it is off. */
  enabledAt: Maybe<Scalars['DateTime']['output']>;
  /** Recovery codes not used yet (0 while it is off). */
  recoveryCodesLeft: Scalars['Int']['output'];
  /** This instance requires a second factor of your role (facilitators, administrators). */
  required: Scalars['Boolean']['output'];
  /** Required and not set up: until it is, your session may only set it up (other operations answer SECOND_FACTOR_REQUIRED). */
  setupRequired: Scalars['Boolean']['output'];
};

/** The confirmed value of one kind of contribution. */
export type TypeBalance = {
  __typename?: 'TypeBalance';
  /** The kind of contribution. */
  contributionType: ContributionType;
  /** The confirmed value, a decimal in the ledger's scale. */
  value: Scalars['Decimal']['output'];
};

/** The link in a notification email. */
export type UnsubscribeInput = {
  /** The token of the link in a notification email. */
  token: Scalars['String']['input'];
};

/** Changes to an area; omitted fields stay as they are. */
export type UpdateAreaInput = {
  /** The new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** How freely information flows in it. */
  sensitivity?: InputMaybe<AreaSensitivity>;
};

/** Changes to a collaboration; omitted fields stay as they are. */
export type UpdateCollaborationInput = {
  /** The new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new objective. */
  objective?: InputMaybe<Scalars['String']['input']>;
  /** The new title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an indicator; omitted fields stay as they are. */
export type UpdateIndicatorInput = {
  /**
   * The new value at the start.
   * @deprecated Use baselineDecimal instead. Removed after 2027-06-30.
   */
  baseline?: InputMaybe<Scalars['Float']['input']>;
  /** The new value at the start. */
  baselineDecimal?: InputMaybe<Scalars['Decimal']['input']>;
  /** Whether the value should go up or down. */
  direction?: InputMaybe<IndicatorDirection>;
  /** The new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /**
   * The new value to reach.
   * @deprecated Use targetDecimal instead. Removed after 2027-06-30.
   */
  target?: InputMaybe<Scalars['Float']['input']>;
  /** The new value to reach. */
  targetDecimal?: InputMaybe<Scalars['Decimal']['input']>;
  /** The new unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a milestone; omitted fields stay as they are. */
export type UpdateMilestoneInput = {
  /** The new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new due date (YYYY-MM-DD). */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** The new place in the plan, from 0. */
  position?: InputMaybe<Scalars['Int']['input']>;
  /** The new start date (YYYY-MM-DD). */
  startDate?: InputMaybe<Scalars['String']['input']>;
  /** The new status. */
  status?: InputMaybe<MilestoneStatus>;
  /** The new title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an objective; omitted fields stay as they are. */
export type UpdateObjectiveInput = {
  /** The new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The new title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an organization; omitted fields stay as they are. */
export type UpdateOrganizationInput = {
  /** What kind of organization it is. */
  kind?: InputMaybe<OrganizationKind>;
  /** The new mission. */
  mission?: InputMaybe<Scalars['String']['input']>;
  /** The new name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** What the organization does. */
  whatWeDo?: InputMaybe<Scalars['String']['input']>;
  /** Where the organization is going. */
  whereWeAreGoing?: InputMaybe<Scalars['String']['input']>;
  /** Who the organization is. */
  whoWeAre?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an overlap; omitted fields stay as they are. */
export type UpdateOverlapInput = {
  /** Your own note: nobody else reads it. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The ids of the organizations, at least two. */
  organizationIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** What the organizations involved will read. */
  sharedNote?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to an entry; omitted fields stay as they are. */
export type UpdateParticipationEntryInput = {
  /** The new kind of contribution. */
  contributionType?: InputMaybe<ContributionType>;
  /** The new description. */
  description?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a resource; omitted fields stay as they are. */
export type UpdateResourceInput = {
  /** ISO 4217, e.g. EUR. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Whether it is available or needed. */
  kind?: InputMaybe<ResourceKind>;
  /** The new quantity. */
  quantity?: InputMaybe<Scalars['Float']['input']>;
  /** The new unit. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /**
   * Exact decimal, e.g. "1250.50".
   * @deprecated Use valueDecimal instead. Removed after 2027-06-30.
   */
  value?: InputMaybe<Scalars['String']['input']>;
  /** What it is worth, at most 2 decimals, e.g. "1250.50"; null clears it. */
  valueDecimal?: InputMaybe<Scalars['Decimal']['input']>;
};

/** Changes to a task; omitted fields stay as they are. */
export type UpdateTaskInput = {
  /** The new description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** YYYY-MM-DD; null clears it. */
  dueDate?: InputMaybe<Scalars['String']['input']>;
  /** The id of the organization responsible from now on. */
  responsibleOrganizationId?: InputMaybe<Scalars['ID']['input']>;
  /** The id of the person responsible for it. */
  responsibleUserId?: InputMaybe<Scalars['ID']['input']>;
  /** The new title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A person with an account. */
export type User = {
  __typename?: 'User';
  /** The reporting API tokens of this user, newest first (revoked and expired ones included): only for the user themself, FORBIDDEN for anyone else and through a reporting API token. */
  apiTokens: ApiTokenConnection;
  /** When the account was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The name the person shows to others. */
  displayName: Scalars['String']['output'];
  /** The email address the person signs in with. */
  email: Scalars['String']['output'];
  /** Whether the address is proven (a link emailed to it was followed). Until it is, invitations sent to the address cannot be answered from this account. */
  emailVerified: Scalars['Boolean']['output'];
  /** Whether the user signs in with a second factor (whom a reset would concern): for platform administrators, null for anyone else. */
  hasSecondFactor: Maybe<Scalars['Boolean']['output']>;
  /** The id of the user. */
  id: Scalars['ID']['output'];
  /** May create collaborations and facilitate them. */
  isFacilitator: Scalars['Boolean']['output'];
  /** May register facilitators. */
  isPlatformAdmin: Scalars['Boolean']['output'];
  /** The language of the account: the web apps take it on sign-in, and every email to it is written in it. */
  locale: Locale;
};


/** A person with an account. */
export type UserApiTokensArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** A page of User nodes, in the list's order, with what pages on. */
export type UserConnection = {
  __typename?: 'UserConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<UserEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<User>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A User of a page, with its cursor. */
export type UserEdge = {
  __typename?: 'UserEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The User. */
  node: User;
};

/** What ledger values are given in. */
export type ValuationScale =
  /** Money, in the collaboration's currency. */
  | 'MONEY'
  /** Points agreed in the collaboration. */
  | 'POINTS';

/** Shown with the content wherever it is displayed. */
export type Watermark = {
  __typename?: 'Watermark';
  /** The title of the collaboration. */
  collaborationTitle: Scalars['String']['output'];
  /** When it was shared. */
  grantedAt: Scalars['DateTime']['output'];
  /** The whole line, ready to print. */
  line: Scalars['String']['output'];
  /** The name of the owner organization. */
  ownerName: Scalars['String']['output'];
  /** The name of the recipient organization. */
  recipientName: Scalars['String']['output'];
  /** The grant's reference, to trace a copy back to it. */
  reference: Scalars['String']['output'];
};

/** One event sent (or to be sent) to one endpoint, with how its last attempt went. */
export type WebhookDelivery = {
  __typename?: 'WebhookDelivery';
  /** Attempts made so far. */
  attempts: Scalars['Int']['output'];
  /** When it was written. */
  createdAt: Scalars['DateTime']['output'];
  /** When the endpoint accepted it. */
  deliveredAt: Maybe<Scalars['DateTime']['output']>;
  /** The endpoint it goes to. */
  endpointId: Scalars['ID']['output'];
  /** Sent as `Alianza-Event-Id`; a replay keeps it. */
  eventId: Scalars['ID']['output'];
  /** The event kind (e.g. `disclosure.approved`). */
  eventKind: Scalars['String']['output'];
  /** Also sent as `Alianza-Delivery-Id`. */
  id: Scalars['ID']['output'];
  /** When the last attempt was made. */
  lastAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** Why the last attempt failed (a short excerpt). */
  lastError: Maybe<Scalars['String']['output']>;
  /** The HTTP status of the last answer, if one came. */
  lastStatusCode: Maybe<Scalars['Int']['output']>;
  /** When the next attempt is due (waiting ones). */
  nextAttemptAt: Maybe<Scalars['DateTime']['output']>;
  /** The JSON body sent (ids, kinds and links only). */
  payload: Scalars['String']['output'];
  /** The delivery this one replays. */
  replayOf: Maybe<Scalars['ID']['output']>;
  /** Where it stands. */
  status: WebhookDeliveryStatus;
};

/** A page of WebhookDelivery nodes, in the list's order, with what pages on. */
export type WebhookDeliveryConnection = {
  __typename?: 'WebhookDeliveryConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<WebhookDeliveryEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<WebhookDelivery>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A WebhookDelivery of a page, with its cursor. */
export type WebhookDeliveryEdge = {
  __typename?: 'WebhookDeliveryEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The WebhookDelivery. */
  node: WebhookDelivery;
};

/** PENDING: waiting for its (next) attempt; SENDING: under way; SUCCEEDED: answered 2xx; FAILED: given up after the last attempt. */
export type WebhookDeliveryStatus =
  /** Given up after its last attempt; it may still be replayed. */
  | 'FAILED'
  /** Waiting for its first or next attempt (see `nextAttemptAt`). */
  | 'PENDING'
  /** An attempt is under way. */
  | 'SENDING'
  /** The endpoint answered 2xx. */
  | 'SUCCEEDED';

/** An address that receives signed deliveries of chosen event kinds (header `Alianza-Signature`). Its secret is never shown again after creation. */
export type WebhookEndpoint = {
  __typename?: 'WebhookEndpoint';
  /** The collaboration it belongs to (owner kind COLLABORATION). */
  collaborationId: Maybe<Scalars['ID']['output']>;
  /** Failed attempts since the last success. */
  consecutiveFailures: Scalars['Int']['output'];
  /** When it was created. */
  createdAt: Scalars['DateTime']['output'];
  /** The owners’ note. */
  description: Scalars['String']['output'];
  /** The kinds of event delivered. */
  eventKinds: Array<WebhookEventKind>;
  /** The endpoint’s id (to list its deliveries, pause, resume or delete it). */
  id: Scalars['ID']['output'];
  /** The latest delivery to the endpoint, with how it went (none yet: null). */
  lastDelivery: Maybe<WebhookDelivery>;
  /** The organization it belongs to (owner kind ORGANIZATION). */
  organizationId: Maybe<Scalars['ID']['output']>;
  /** Whose endpoint it is. */
  ownerKind: WebhookOwnerKind;
  /** When it was paused. */
  pausedAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether deliveries go out. */
  status: WebhookEndpointStatus;
  /** Where deliveries are POSTed. */
  url: Scalars['String']['output'];
};

/** A page of WebhookEndpoint nodes, in the list's order, with what pages on. */
export type WebhookEndpointConnection = {
  __typename?: 'WebhookEndpointConnection';
  /** The nodes of this page, each with its cursor. */
  edges: Array<WebhookEndpointEdge>;
  /** The nodes of this page (the same as `edges.node`). */
  nodes: Array<WebhookEndpoint>;
  /** Where this page ends and whether another follows. */
  pageInfo: PageInfo;
  /** How many nodes match, over all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A WebhookEndpoint of a page, with its cursor. */
export type WebhookEndpointEdge = {
  __typename?: 'WebhookEndpointEdge';
  /** Pass as `after` to get the nodes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The WebhookEndpoint. */
  node: WebhookEndpoint;
};

/** ACTIVE: deliveries go out; PAUSED: after repeated failures, nothing goes out until resumed. */
export type WebhookEndpointStatus =
  /** Deliveries go out as events happen. */
  | 'ACTIVE'
  /** Nothing goes out (paused by its owner, or after repeated failures) until resumed; deliveries wait. */
  | 'PAUSED';

/** What a webhook delivery tells; the payload’s `kind` is the value (e.g. `disclosure.approved`). */
export type WebhookEventKind =
  /** A disclosure request was approved (`disclosure.approved`): ids of the request and its grants. */
  | 'DISCLOSURE_APPROVED'
  /** A member asked to share an item (`disclosure.requested`): ids of the request, the item, the owner and the named recipients. To the collaboration’s endpoints only. */
  | 'DISCLOSURE_REQUESTED'
  /** A grant was revoked (`grant.revoked`): ids of the grant and its organizations; a recipient hears only of its own grant. */
  | 'GRANT_REVOKED'
  /** A ledger entry now counts (`ledger.entry_confirmed`): ids of the entry, its giver and receiver; to the facilitators, the giver and the receiver. */
  | 'LEDGER_ENTRY_CONFIRMED'
  /** An invited organization accepted the ground rules and takes part (`participation.accepted`): ids of the participation and the organization. */
  | 'PARTICIPATION_ACCEPTED';

/** Whose endpoint it is: a collaboration’s (its facilitators) or an organization’s (its owners). */
export type WebhookOwnerKind =
  /** A collaboration’s endpoint, kept by its facilitators: all its events. */
  | 'COLLABORATION'
  /** An organization’s endpoint, kept by its owners: the events about what the organization may see. */
  | 'ORGANIZATION';
