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
  /** Add, remove and change the roles of an organization's members. */
  ManageMembers = 'manageMembers',
  /** Give or take the facilitator role of a user (platform administration). */
  GrantFacilitator = 'grantFacilitator',
  /** Decide on a disclosure request (approve, request changes, reject). */
  Decide = 'decide',
  /** Revoke a grant. */
  Revoke = 'revoke',
  /** Propose a milestone or task to the facilitator. */
  Propose = 'propose',
  /** See the details of a (possibly confidential) resource. */
  ReadDetails = 'readDetails',
  /** Confirm or dispute a ledger entry as its receiver. */
  Confirm = 'confirm',
  /** Settle a disputed ledger entry (facilitator). */
  Settle = 'settle',
}

/** Subject types, named as strings so the authz lib needs no entity classes. */
export enum Subject {
  All = 'all',
  User = 'User',
  Organization = 'Organization',
  OrganizationMembership = 'OrganizationMembership',
  Collaboration = 'Collaboration',
  Participation = 'Participation',
  ParticipationEntry = 'ParticipationEntry',
  GroundRulesVersion = 'GroundRulesVersion',
  GroundRulesAcceptance = 'GroundRulesAcceptance',
  Area = 'Area',
  Overlap = 'Overlap',
  Item = 'Item',
  DisclosureRequest = 'DisclosureRequest',
  Grant = 'Grant',
  AuditRecord = 'AuditRecord',
  Publication = 'Publication',
  PublicationDelivery = 'PublicationDelivery',
  Notification = 'Notification',
  Plan = 'Plan',
  Milestone = 'Milestone',
  Task = 'Task',
  Resource = 'Resource',
  ProgressUpdate = 'ProgressUpdate',
  LedgerSettings = 'LedgerSettings',
  LedgerEntry = 'LedgerEntry',
  Pledge = 'Pledge',
  Evaluation = 'Evaluation',
  FinalStatement = 'FinalStatement',
}
