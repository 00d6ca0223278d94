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
  /** The operation ran out of its time budget: stopped, its writes rolled back. */
  TIMEOUT = 'TIMEOUT',
  /** Too many requests or attempts: wait `details.retryAfterSeconds` (HTTP: 429, `Retry-After`). */
  RATE_LIMITED = 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** A service the API needs (the database) cannot be reached right now: try again shortly. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

/** Extra, machine-readable facts about an error (never secrets, never SQL). */
export type ErrorDetails = Record<string, string | number | boolean | string[] | null>;

/**
 * The one exception type domain code throws. The API layer maps it to a GraphQL error
 * whose `extensions.code` is `code` and whose message is `message` (meant for humans).
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: ErrorDetails,
  ) {
    super(message);
    this.name = 'AppError';
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

  static invalidTransition(message: string, details?: ErrorDetails): AppError {
    return new AppError(ErrorCode.INVALID_TRANSITION, message, details);
  }
}

/** The value, or a programming error naming what was missing (e.g. a relation not loaded). */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`${what} is missing`);
  return value;
}
