export enum OrganizationKind {
  COMPANY = 'company',
  PROFESSIONAL = 'professional',
  ENTREPRENEUR = 'entrepreneur',
  ASSOCIATION = 'association',
  OTHER = 'other',
}

export enum MembershipRole {
  OWNER = 'owner',
  MEMBER = 'member',
}

export enum CollaborationStatus {
  DRAFT = 'draft',
  ACTIVE = 'active',
  CLOSING = 'closing',
  CLOSED = 'closed',
}

/** Allowed moves of a collaboration's status: draft → active → closing → closed. */
export const COLLABORATION_TRANSITIONS: Readonly<
  Record<CollaborationStatus, readonly CollaborationStatus[]>
> = {
  [CollaborationStatus.DRAFT]: [CollaborationStatus.ACTIVE],
  [CollaborationStatus.ACTIVE]: [CollaborationStatus.CLOSING],
  [CollaborationStatus.CLOSING]: [CollaborationStatus.CLOSED],
  [CollaborationStatus.CLOSED]: [],
};

export enum ParticipationStatus {
  INVITED = 'invited',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  WITHDRAWN = 'withdrawn',
}

/** The kinds of contribution named in the seeds ("la ayuda puede consistir en…"). */
export enum ContributionType {
  INFORMATION = 'information',
  REPRESENTATION = 'representation',
  RECOMMENDATION = 'recommendation',
  SUPPLY = 'supply',
  LABOUR = 'labour',
  NEIGHBOURHOOD = 'neighbourhood',
  CARE = 'care',
  SECURITY = 'security',
  BACKING = 'backing',
  EDUCATION = 'education',
  LEARNING = 'learning',
  GROUPING = 'grouping',
  MONEY = 'money',
  OTHER = 'other',
}

/** Whether a participation entry is something the organization seeks or offers. */
export enum EntryDirection {
  SEEK = 'seek',
  OFFER = 'offer',
}
