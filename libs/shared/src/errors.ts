/**
 * Stable error codes exposed to clients as `extensions.code`.
 * Clients (and translations in the web apps) key on these; never rename one.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  INVALID_TRANSITION = 'INVALID_TRANSITION',
  /** A GraphQL operation beyond the limits (depth, aliases, directives, tokens, cost): never run. */
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  /**
   * A facilitator or platform administrator without a second factor, on an instance that
   * requires one for them: until it is set up, the session may only set it up (and sign out).
   */
  SECOND_FACTOR_REQUIRED = 'SECOND_FACTOR_REQUIRED',
  /** The operation ran out of its time budget: stopped, its writes rolled back. */
  TIMEOUT = 'TIMEOUT',
  /** Too many requests or attempts: wait `details.retryAfterSeconds` (HTTP: 429, `Retry-After`). */
  RATE_LIMITED = 'RATE_LIMITED',
  /** A document (or another body) larger than the instance allows: nothing was kept (HTTP 413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** A service the API needs (the database) cannot be reached right now: try again shortly. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/**
 * Why a domain refused, when the code alone says too little for a screen ("the collaboration is
 * closed" rather than "this cannot happen now"): exposed as `extensions.reason`, one translated
 * sentence per reason in the web apps. Like the codes, never rename one.
 */
export enum ErrorReason {
  /** The collaboration is closed (or not open yet) and takes no change. */
  COLLABORATION_NOT_OPEN = 'COLLABORATION_NOT_OPEN',
  /** A move of the collaboration's status that its life cycle does not allow. */
  STATUS_MOVE_NOT_ALLOWED = 'STATUS_MOVE_NOT_ALLOWED',
  /** Closing while participants have not evaluated, without an override reason. */
  EVALUATIONS_MISSING = 'EVALUATIONS_MISSING',
  /** Approving a disclosure that crosses a declared overlap not acknowledged. */
  OVERLAP_NOT_ACKNOWLEDGED = 'OVERLAP_NOT_ACKNOWLEDGED',
  /** Hidden values still readable elsewhere in the item, not confirmed. */
  HIDDEN_VALUE_STILL_VISIBLE = 'HIDDEN_VALUE_STILL_VISIBLE',
  /** Items of a restricted area are never shared one by one. */
  RESTRICTED_AREA = 'RESTRICTED_AREA',
  /** The disclosure request was decided already. */
  ALREADY_DECIDED = 'ALREADY_DECIDED',
  /** The grant is revoked already. */
  GRANT_REVOKED = 'GRANT_REVOKED',
  /** Ground rules accepted in a version no longer in force. */
  GROUND_RULES_OUTDATED = 'GROUND_RULES_OUTDATED',
  /** A proposal (milestone, task) that is no longer waiting for a decision. */
  PROPOSAL_NOT_PENDING = 'PROPOSAL_NOT_PENDING',
  /** A ledger entry or pledge already answered (confirmed, disputed, settled, fulfilled…). */
  ALREADY_ANSWERED = 'ALREADY_ANSWERED',
  /** A benchmark round that is not open for values. */
  ROUND_NOT_OPEN = 'ROUND_NOT_OPEN',
  /** An invitation link past its expiry: ask for a new one. */
  INVITATION_EXPIRED = 'INVITATION_EXPIRED',
  /** An invitation link its sender withdrew (or replaced by sending a new one). */
  INVITATION_WITHDRAWN = 'INVITATION_WITHDRAWN',
  /** An invitation link already used (accepted or declined). */
  INVITATION_USED = 'INVITATION_USED',
  /** An invitation link opened while signed in with another email than the one invited. */
  INVITATION_WRONG_ACCOUNT = 'INVITATION_WRONG_ACCOUNT',
  /** Signing up through a link for an email that has an account already: sign in instead. */
  ACCOUNT_EXISTS = 'ACCOUNT_EXISTS',
  /** A password reset link past its time. */
  RESET_LINK_EXPIRED = 'RESET_LINK_EXPIRED',
  /** A password reset link used already (or replaced by a reset since). */
  RESET_LINK_USED = 'RESET_LINK_USED',
  /** A password reset link that was never given (mistyped, cut). */
  RESET_LINK_UNKNOWN = 'RESET_LINK_UNKNOWN',
  /** An email confirmation link past its time: ask for a new one. */
  EMAIL_LINK_EXPIRED = 'EMAIL_LINK_EXPIRED',
  /** An email confirmation link used already (or replaced by a newer one used since). */
  EMAIL_LINK_USED = 'EMAIL_LINK_USED',
  /** An email confirmation link that was never given (mistyped, cut). */
  EMAIL_LINK_UNKNOWN = 'EMAIL_LINK_UNKNOWN',
  /** A verification link for an address the account no longer has. */
  EMAIL_LINK_STALE = 'EMAIL_LINK_STALE',
  /** The new address of an email change belongs to another account by now. */
  EMAIL_TAKEN = 'EMAIL_TAKEN',
}

/** Extra, machine-readable facts about an error (never secrets, never SQL). */
export type ErrorDetails = Record<string, string | number | boolean | string[] | null>;

/**
 * The one exception type domain code throws. The API layer maps it to a GraphQL error
 * whose `extensions.code` is `code` and whose message is `message` (meant for humans).
 */
export class AppError extends Error {
  /** Why, for a screen to say it (`extensions.reason`). */
  reason?: ErrorReason;

  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
  }

  /** Names the domain's reason: `throw AppError.conflict('…').because(ErrorReason.…)`. */
  because(reason: ErrorReason): this {
    this.reason = reason;
    return this;
  }

  static badInput(message: string, details?: ErrorDetails): AppError {
    return new AppError(ErrorCode.BAD_USER_INPUT, message, details);
  }

  static unauthenticated(message = 'You must be signed in to do this.'): AppError {
    return new AppError(ErrorCode.UNAUTHENTICATED, message);
  }

  static forbidden(message = 'You are not allowed to do this.'): AppError {
    return new AppError(ErrorCode.FORBIDDEN, message);
  }

  static notFound(what: string): AppError {
    return new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);
  }

  static conflict(message: string, details?: ErrorDetails): AppError {
    return new AppError(ErrorCode.CONFLICT, message, details);
  }

  /** Refused for now: `retryAfterSeconds` says when to try again (at least 1). */
  static rateLimited(retryAfterSeconds: number, what = 'Too many requests'): AppError {
    const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
    return new AppError(
      ErrorCode.RATE_LIMITED,
      `${what}. Please try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`,
      { retryAfterSeconds: seconds },
    );
  }

  /** Refused: `what` is larger than `limitBytes` allows (nothing of it was kept). */
  static payloadTooLarge(what: string, limitBytes: number): AppError {
    const megabytes = Math.floor(limitBytes / (1024 * 1024));
    return new AppError(
      ErrorCode.PAYLOAD_TOO_LARGE,
      `${what} is larger than the ${megabytes > 0 ? `${megabytes} MB` : `${limitBytes} bytes`} allowed.`,
      { limitBytes },
    );
  }

  /** Refused until the caller sets up a second factor (see `SECOND_FACTOR_REQUIRED`). */
  static secondFactorRequired(): AppError {
    return new AppError(
      ErrorCode.SECOND_FACTOR_REQUIRED,
      'Your role requires two-factor sign-in: set up a second factor before doing anything else.',
    );
  }

  static invalidTransition(message: string, details?: ErrorDetails): AppError {
    return new AppError(ErrorCode.INVALID_TRANSITION, message, details);
  }
}

/** The value, or a programming error naming what was missing (e.g. a relation not loaded). */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
