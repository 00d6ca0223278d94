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

/**
 * Where an invitation to join an organization stands. A pending invitation past its expiry is
 * reported as `expired` (and stored so once a new invitation to the same address replaces it).
 */
export enum InvitationStatus {
  PENDING = 'pending',
  ACCEPTED = 'accepted',
  DECLINED = 'declined',
  REVOKED = 'revoked',
  EXPIRED = 'expired',
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

/** How freely an area of exchange lets information flow. */
export enum AreaSensitivity {
  /** Disclosures to active participants are approved automatically, unless an overlap applies. */
  OPEN = 'open',
  /** Every disclosure needs the facilitator's decision. */
  MODERATED = 'moderated',
  /** No individual item is ever disclosed; only facilitator publications. */
  RESTRICTED = 'restricted',
}

/** What the owner allows the recipients to do with an item toward third parties. */
export enum ThirdPartyRule {
  INTERNAL_ONLY = 'internal_only',
  ADVISORS = 'advisors',
  PUBLIC = 'public',
}

export enum ItemFieldType {
  TEXT = 'text',
  NUMBER = 'number',
}

/** What a document attached to an item version is, decided from its content (libs/documents). */
export enum ItemFileKind {
  PDF = 'pdf',
  IMAGE = 'image',
  SPREADSHEET = 'spreadsheet',
  DOCUMENT = 'document',
  /** Anything else; not accepted for now (see docs/adr/0030). */
  OTHER = 'other',
}

/** How a recipient opened a shared file (`file_accesses`, docs/adr/0032). */
export enum FileAccessKind {
  VIEW = 'view',
  DOWNLOAD = 'download',
}

export enum DisclosureStatus {
  PENDING = 'pending',
  APPROVED = 'approved',
  CHANGES_REQUESTED = 'changes_requested',
  REJECTED = 'rejected',
  WITHDRAWN = 'withdrawn',
}

export enum AudienceKind {
  /** The organizations named in the request. */
  NAMED = 'named',
  /** Every active participant (other than the owner) when the request is made. */
  ALL_ACTIVE = 'all_active',
}

/** The areas of exchange offered on a new collaboration, from the seeds (in their language). */
export const DEFAULT_AREAS: readonly {
  name: string;
  description: string;
  sensitivity: AreaSensitivity;
}[] = [
  {
    name: 'Ideas de mercado',
    description: 'Oportunidades y tendencias que cada parte ve en su mercado.',
    sensitivity: AreaSensitivity.OPEN,
  },
  {
    name: 'Costes',
    description: 'Estructura de costes, precios de compra y proveedores.',
    sensitivity: AreaSensitivity.MODERATED,
  },
  {
    name: 'Enfoque',
    description: 'Cómo aborda cada parte su actividad y sus decisiones.',
    sensitivity: AreaSensitivity.OPEN,
  },
  {
    name: 'Modelo de negocio',
    description: 'Cómo gana dinero cada parte: clientes, canales y márgenes.',
    sensitivity: AreaSensitivity.MODERATED,
  },
  {
    name: 'Buenas prácticas',
    description: 'Lo que ha funcionado y se puede repetir.',
    sensitivity: AreaSensitivity.OPEN,
  },
  {
    name: 'Malas prácticas y fracasos',
    description: 'Lo que no funcionó, para que nadie lo repita.',
    sensitivity: AreaSensitivity.MODERATED,
  },
  {
    name: 'Barreras y cómo superarlas',
    description: 'Obstáculos encontrados y cómo se superaron.',
    sensitivity: AreaSensitivity.OPEN,
  },
  {
    name: 'Resultados en el tiempo',
    description: 'Cifras y resultados a lo largo del tiempo.',
    sensitivity: AreaSensitivity.MODERATED,
  },
];

export enum IndicatorDirection {
  INCREASE = 'increase',
  DECREASE = 'decrease',
}

export enum MilestoneStatus {
  PLANNED = 'planned',
  IN_PROGRESS = 'in_progress',
  DONE = 'done',
  CANCELLED = 'cancelled',
}

export enum TaskStatus {
  TODO = 'todo',
  DOING = 'doing',
  DONE = 'done',
  BLOCKED = 'blocked',
}

export enum ResourceKind {
  AVAILABLE = 'available',
  NEEDED = 'needed',
}

/** Milestones and tasks proposed by participants wait for the facilitator. */
export enum ProposalStatus {
  ACCEPTED = 'accepted',
  PROPOSED = 'proposed',
  DECLINED = 'declined',
}

/** How a collaboration values contributions in its ledger. */
export enum ValuationScale {
  POINTS = 'points',
  MONEY = 'money',
}

export enum LedgerEntryStatus {
  /** Declared by the giver; waits for a receiver (or the facilitator) to confirm. */
  PENDING = 'pending',
  CONFIRMED = 'confirmed',
  /** A receiver disagrees; the facilitator settles it. */
  DISPUTED = 'disputed',
  /** Settled against the giver: it does not count. */
  REJECTED = 'rejected',
}

export enum LedgerEntrySource {
  DECLARED = 'declared',
  /** Created when a disclosure was approved. */
  DISCLOSURE = 'disclosure',
}

export enum PledgeStatus {
  OPEN = 'open',
  FULFILLED = 'fulfilled',
  CANCELLED = 'cancelled',
}

/** What the server puts in place of each redacted span of a body; the web apps render it as a mark. */
export const REDACTION_MARKER = '[█ redacted]';

/** How an audit record is bound to the chain (ADR 0016). */
export enum AuditMacKind {
  /** Written before keyed records: an unkeyed SHA-256, verified by the old rule. */
  LEGACY_SHA256 = 'sha256',
  /** An HMAC-SHA256 under an audit key that the database does not hold. */
  HMAC_SHA256 = 'hmac-sha256',
}

/** Why verification refused an audit chain: the first problem found, at the first bad record. */
export enum AuditChainFailure {
  /** A record's sequence number is not the next one: a record is missing (deleted). */
  SEQUENCE_GAP = 'sequence_gap',
  /** A record does not point at the record before it (reordered, or one before it rewritten). */
  LINK_MISMATCH = 'link_mismatch',
  /** A record's content does not match its MAC (or, for a legacy record, its hash). */
  MAC_MISMATCH = 'mac_mismatch',
  /** A record names a key that is neither the current audit key nor a previous one. */
  UNKNOWN_KEY = 'unknown_key',
  /** An unkeyed (legacy) record where only keyed records may be: a downgrade. */
  UNEXPECTED_LEGACY = 'unexpected_legacy',
  /** The record at a checkpoint no longer carries the MAC the checkpoint saw. */
  CHECKPOINT_MISMATCH = 'checkpoint_mismatch',
  /** The chain ends before the latest checkpoint: records at its end were removed. */
  TRUNCATED = 'truncated',
  /** The latest checkpoint is not signed by a known audit key: the checkpoint file was altered. */
  CHECKPOINT_INVALID = 'checkpoint_invalid',
}

/**
 * What a notification is about: one list for the API (stored as the value, exposed in GraphQL
 * by the key) and the web apps (one translated heading per key).
 */
export enum NotificationKind {
  DISCLOSURE_PENDING = 'disclosure.pending',
  DISCLOSURE_DECIDED = 'disclosure.decided',
  GRANT_RECEIVED = 'grant.received',
  GRANT_REVOKED = 'grant.revoked',
  LEDGER_TO_CONFIRM = 'ledger.to_confirm',
  LEDGER_DISPUTED = 'ledger.disputed',
  LEDGER_PLEDGE_OVERDUE = 'ledger.pledge_overdue',
  PLAN_OVERDUE = 'plan.overdue',
  PLAN_PROPOSAL = 'plan.proposal',
  PLAN_TASK_ASSIGNED = 'plan.task_assigned',
  ACTIVITY_DECLARATION_CHANGED = 'activity.declaration_changed',
  INQUIRY_ASKED = 'inquiry.asked',
  INQUIRY_ANSWERED = 'inquiry.answered',
  INQUIRY_PUBLISHED = 'inquiry.published',
  BENCHMARK_OPEN = 'benchmark.open',
  BENCHMARK_CLOSED = 'benchmark.closed',
  BENCHMARK_PUBLISHED = 'benchmark.published',
  /** A webhook endpoint kept failing and was paused (to its owners; ADR 0049). */
  WEBHOOK_PAUSED = 'webhook.paused',
}

/**
 * How a user hears of one kind of notification besides the app: an email at once, a daily digest
 * email, or only in the app (stored as the value, exposed in GraphQL by the key).
 */
export enum NotificationDelivery {
  IMMEDIATE = 'immediate',
  DAILY = 'daily',
  IN_APP = 'in_app',
}

/**
 * What removing a plan element did: deleted it, or archived it because history names it
 * (progress reported on it, ledger entries for it, evaluations of it): ADR 0040.
 */
export enum RemovalOutcome {
  DELETED = 'deleted',
  ARCHIVED = 'archived',
}

/**
 * What kind of plan element a live plan event is about (stored nowhere; exposed in GraphQL by
 * the key). Each value is also the element's audit subject (`AuditSubject`), so a write of the
 * plan names its element once, for its audit record and its live event alike.
 */
export enum PlanElementKind {
  OBJECTIVE = 'Objective',
  INDICATOR = 'Indicator',
  MILESTONE = 'Milestone',
  TASK = 'Task',
  RESOURCE = 'Resource',
  PROGRESS_UPDATE = 'ProgressUpdate',
}
