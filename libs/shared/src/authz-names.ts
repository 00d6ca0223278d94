/** Actions a policy can name. `manage` means every action. */
export enum Action {
  Manage = 'manage',
  Read = 'read',
  Create = 'create',
  Update = 'update',
  Delete = 'delete',
  /** Change a collaboration's status. */
  Transition = 'transition',
  /** Invite organizations to a collaboration and withdraw invitations. */
  Invite = 'invite',
  /** Publish a new version of a collaboration's ground rules. */
  PublishGroundRules = 'publishGroundRules',
  /** Accept or decline an invitation / ground rules on behalf of an organization. */
  Respond = 'respond',
  /** Invite, remove and change the roles of an organization's members. */
  ManageMembers = 'manageMembers',
  /** Give or take the facilitator role of a user (platform administration). */
  GrantFacilitator = 'grantFacilitator',
  /** Turn off a user's lost second factor, ending their sessions (platform administration). */
  ResetSecondFactor = 'resetSecondFactor',
  /** Read any user's account security log (platform administration). */
  ReadAccountEvents = 'readAccountEvents',
  /** Decide on a disclosure request (approve, request changes, reject). */
  Decide = 'decide',
  /** Revoke a grant. */
  Revoke = 'revoke',
  /** Review grants that changed rules would no longer allow, and keep one (facilitator). */
  Review = 'review',
  /** See a collaboration exactly as one of its participants does (facilitator). */
  ViewAs = 'viewAs',
  /** Verify a collaboration's audit chain (facilitator). */
  Verify = 'verify',
  /** Add a milestone or task: the facilitator's is accepted at once, a participant's proposed. */
  Propose = 'propose',
  /** Change what a plan task says: title, description, responsible, due date (not its status). */
  Edit = 'edit',
  /** Archive an area of exchange, or bring it back: kept for history, closed to new items. */
  Archive = 'archive',
  /** See the details of a (possibly confidential) resource. */
  ReadDetails = 'readDetails',
  /** Confirm or dispute a ledger entry as its receiver. */
  Confirm = 'confirm',
  /** Settle a disputed ledger entry (facilitator). */
  Settle = 'settle',
  // -- benchmarking (libs/benchmarking) --
  /** Submit (or replace) one's organization's private value to a benchmark round. */
  Submit = 'submit',
  /** Close a benchmark round and freeze its results (facilitator). */
  Close = 'close',
  // -- activity / overlap detection (libs/activity) --
  /**
   * Compare organizations' private activity in aggregate, without reading it row by row
   * (facilitator: overlap detection).
   */
  Compare = 'compare',
  // -- inquiry / private Q&A (libs/inquiry) --
  /** Answer a participant's private question, publish or withdraw its anonymised version (facilitator). */
  Answer = 'answer',
  // -- reporting (libs/reporting) --
  /** Read the reports of a collaboration (facilitator) or an organization (its members). */
  ReadReport = 'readReport',
  // -- mail (libs/mail) --
  /** Queue an email that could not be sent to be sent again (platform administration). */
  Resend = 'resend',
  // -- search (libs/search) --
  /** Find records by their words (the facilitator, in a collaboration's audit log). */
  Search = 'search',
}

/** Subject types, named as strings so the authz lib needs no entity classes. */
export enum Subject {
  All = 'all',
  User = 'User',
  Organization = 'Organization',
  /** An email of the mail queue (libs/mail): its kind, recipient and where it stands. */
  MailMessage = 'MailMessage',
  OrganizationMembership = 'OrganizationMembership',
  /** An invitation to join an organization: its owners send and revoke it, its addressee answers. */
  OrganizationInvitation = 'OrganizationInvitation',
  Collaboration = 'Collaboration',
  /**
   * A facilitator's invitation, by email, of an organization to a collaboration, for whoever signs
   * in with the address: the facilitator sends, resends and withdraws it, the addressee accepts it.
   */
  CollaborationInvitation = 'CollaborationInvitation',
  Participation = 'Participation',
  ParticipationEntry = 'ParticipationEntry',
  GroundRulesVersion = 'GroundRulesVersion',
  GroundRulesAcceptance = 'GroundRulesAcceptance',
  Area = 'Area',
  Overlap = 'Overlap',
  Item = 'Item',
  /** A document uploaded by a participant, attached to versions of its items (libs/documents). */
  ItemFile = 'ItemFile',
  /**
   * A file of a grant, as its recipient gets it (a stamped derivative of what was approved):
   * read by the members of the grant's recipient organization while the grant is in force.
   */
  SharedFile = 'SharedFile',
  /** A record that a recipient viewed or downloaded a shared file (`file_accesses`). */
  FileAccess = 'FileAccess',
  DisclosureRequest = 'DisclosureRequest',
  Grant = 'Grant',
  AuditRecord = 'AuditRecord',
  Publication = 'Publication',
  PublicationDelivery = 'PublicationDelivery',
  Notification = 'Notification',
  Plan = 'Plan',
  /** An objective of the plan (changed and removed one by one). */
  Objective = 'Objective',
  /** A measurable indicator of an objective. */
  Indicator = 'Indicator',
  Milestone = 'Milestone',
  Task = 'Task',
  Resource = 'Resource',
  ProgressUpdate = 'ProgressUpdate',
  LedgerSettings = 'LedgerSettings',
  LedgerEntry = 'LedgerEntry',
  Pledge = 'Pledge',
  Evaluation = 'Evaluation',
  FinalStatement = 'FinalStatement',
  // -- benchmarking (libs/benchmarking) --
  BenchmarkRound = 'BenchmarkRound',
  BenchmarkParticipant = 'BenchmarkParticipant',
  BenchmarkSubmission = 'BenchmarkSubmission',
  // -- activity / overlap detection (libs/activity) --
  /** An option of an area's activity lists (markets, segments, products), set by the facilitator. */
  ActivityOption = 'ActivityOption',
  /** An organization's private declaration of the options that apply to it. */
  ActivityDeclaration = 'ActivityDeclaration',
  /** An organization's uploaded customer list (keyed hashes only). */
  CustomerList = 'CustomerList',
  /** An overlap computed from declared activity, and the facilitator's review of it. */
  DetectedOverlap = 'DetectedOverlap',
  // -- inquiry / private Q&A (libs/inquiry) --
  /** A participant's private question to the facilitator. */
  Question = 'Question',
  /** The anonymised version of a question and its answer, for every active participant. */
  PublishedAnswer = 'PublishedAnswer',
  // -- reporting (libs/reporting) --
  /** A reporting API token (libs/identity), its owner's only. */
  ApiToken = 'ApiToken',
  // -- identity (libs/identity) --
  /** A signed-in session (cookie or bearer), its user's only. */
  Session = 'Session',
  // -- calendar (libs/calendar) --
  /** A user's personal calendar feed (a secret address), its user's only. */
  CalendarFeed = 'CalendarFeed',
}
