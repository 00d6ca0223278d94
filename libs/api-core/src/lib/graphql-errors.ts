import { BadRequestException, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { AppError, ErrorCode, ErrorDetails } from '@alianza/shared';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import {
  QueryFailedError,
  QueryRunnerAlreadyReleasedError,
  QueryRunnerProviderAlreadyReleasedError,
} from 'typeorm';

/** Codes Apollo itself produces for requests that never reached a resolver. */
const APOLLO_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export interface MappedError {
  code: ErrorCode | string;
  message: string;
  details?: ErrorDetails;
  /** The domain's reason, when it named one (`ErrorReason`). */
  reason?: string;
  /** True when the error is not one we expected: log it, answer generically. */
  unexpected: boolean;
  /** The HTTP status to answer with on REST routes, when it is not the code's usual one. */
  httpStatus?: number;
}

/** An error of the request body parser (`http-errors`: a `type` and a client status). */
function bodyParserError(error: unknown): MappedError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { type, status, expose } = error as { type?: unknown; status?: unknown; expose?: unknown };
  if (typeof type !== 'string' || typeof status !== 'number' || expose !== true) return undefined;
  if (status < 400 || status >= 500) return undefined;
  const message =
    type === 'entity.too.large'
      ? 'The request is too large (at most 4 MB).'
      : 'The request body could not be read as JSON.';
  return { code: ErrorCode.BAD_USER_INPUT, message, unexpected: false, httpStatus: status };
}

const GENERIC_MESSAGE = 'Something went wrong on our side. Please try again later.';

/** Node's errors for a connection that could not be made or was cut. */
const CONNECTION_ERRNOS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/**
 * Whether the error says the database cannot be reached (down, restarting, too many
 * connections, the connection cut), as opposed to a statement that failed: node-postgres'
 * connection errors, and PostgreSQL's classes 08 (connection), 57P (shutdown) and 53300.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const driver = error instanceof QueryFailedError ? error.driverError : error;
  if (typeof driver !== 'object' || driver === null) return false;
  const { code, message } = driver as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (CONNECTION_ERRNOS.has(code)) return true;
    if (code.startsWith('08') || code.startsWith('57P') || code === '53300') return true;
  }
  return (
    typeof message === 'string' &&
    /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/.test(
      message,
    )
  );
}

const UNAVAILABLE: MappedError = {
  code: ErrorCode.SERVICE_UNAVAILABLE,
  message: 'The service is briefly unavailable. Please try again in a few seconds.',
  unexpected: false,
  httpStatus: 503,
};

/** Which of the GraphQL limits an operation went beyond (see apps/api's graphql-limits.ts). */
export type GraphQLLimit = 'depth' | 'aliases' | 'directives' | 'cost' | 'tokens';

const TOO_MUCH: Record<GraphQLLimit, (max: number) => string> = {
  depth: (max) => `is nested too deeply (at most ${max} levels)`,
  aliases: (max) => `has too many aliases (at most ${max})`,
  directives: (max) => `has too many directives (at most ${max})`,
  cost: (max) => `asks for too many fields at once (a cost of at most ${max})`,
  tokens: (max) => `is too long (at most ${max} tokens)`,
};

/** The refusal of an operation beyond a limit, named in `details.limit` with its `details.max`. */
export function queryTooComplex(limit: GraphQLLimit, max: number): AppError {
  return new AppError(
    ErrorCode.QUERY_TOO_COMPLEX,
    `This request ${TOO_MUCH[limit](max)}: split it into smaller requests.`,
    { limit, max },
  );
}

/** graphql-js' wording when its parser stops at `maxTokens` (a message, not a code). */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th\w+ (\d+) tokens\. Parsing aborted\.$/;

/** An operation stopped at its time budget (GRAPHQL_TIMEOUT_SECONDS). */
export function timedOut(): AppError {
  return new AppError(
    ErrorCode.TIMEOUT,
    'This request went over its time budget and was stopped. Try again, or ask for less at once.',
  );
}

/**
 * A statement of a request whose scope has ended: its client hung up while field resolvers were
 * still reading. Nobody receives the answer; the error stops the work without being logged as
 * unexpected.
 */
export function requestOver(): AppError {
  return new AppError(
    ErrorCode.TIMEOUT,
    'This request is over (its client has gone): nothing more is read or written for it.',
  );
}

/**
 * PostgreSQL error codes that are the client's fault or a state conflict, not a bug. The 22xxx
 * data errors are a safety net: the input rule (input-rules.ts) refuses such values first.
 */
function mapDatabaseError(error: QueryFailedError): MappedError | undefined {
  const code = (error.driverError as { code?: string } | undefined)?.code;
  switch (code) {
    case '23505':
      return { code: ErrorCode.CONFLICT, message: 'This already exists.', unexpected: false };
    case '23503':
      return {
        code: ErrorCode.BAD_USER_INPUT,
        message: 'This refers to something that does not exist.',
        unexpected: false,
      };
    case '22P02':
    case '22001':
    case '23502':
    case '23514':
    case '22021': // invalid byte sequence (a NUL character)
    case '22P05': // untranslatable character (a lone surrogate)
    case '22003': // numeric value out of range
    case '22007': // invalid datetime format
    case '22008': // datetime field overflow
      return {
        code: ErrorCode.BAD_USER_INPUT,
        message: 'The input is not valid.',
        unexpected: false,
      };
    case '57014': // query_canceled: the statement ran out of the operation's time budget
      return mapAppError(timedOut());
    case '40001':
    case '40P01':
      return {
        code: ErrorCode.CONFLICT,
        message: 'Someone else changed this at the same time. Please try again.',
        unexpected: false,
      };
    default:
      return undefined;
  }
}

function validationMessages(exception: BadRequestException): string {
  const response = exception.getResponse();
  if (typeof response === 'object' && response !== null && 'message' in response) {
    const message = (response as { message: unknown }).message;
    if (Array.isArray(message)) return message.map(String).join('; ');
    if (typeof message === 'string') return message;
  }
  return exception.message;
}

function mapHttpException(exception: HttpException): MappedError {
  switch (exception.getStatus()) {
    case HttpStatus.BAD_REQUEST:
      return {
        code: ErrorCode.BAD_USER_INPUT,
        message: validationMessages(exception as BadRequestException),
        unexpected: false,
      };
    case HttpStatus.UNAUTHORIZED:
      return { code: ErrorCode.UNAUTHENTICATED, message: exception.message, unexpected: false };
    case HttpStatus.FORBIDDEN:
      return {
        code: ErrorCode.FORBIDDEN,
        message: 'You are not allowed to do this.',
        unexpected: false,
      };
    case HttpStatus.NOT_FOUND:
      return { code: ErrorCode.NOT_FOUND, message: exception.message, unexpected: false };
    case HttpStatus.CONFLICT:
      return { code: ErrorCode.CONFLICT, message: exception.message, unexpected: false };
    case HttpStatus.PAYLOAD_TOO_LARGE:
      return { code: ErrorCode.PAYLOAD_TOO_LARGE, message: exception.message, unexpected: false };
    case HttpStatus.TOO_MANY_REQUESTS:
      return {
        code: ErrorCode.RATE_LIMITED,
        message: 'Too many requests. Please try again later.',
        unexpected: false,
      };
    default:
      return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: GENERIC_MESSAGE, unexpected: true };
  }
}

function mapAppError(error: AppError): MappedError {
  return {
    code: error.code,
    message: error.message,
    details: error.details,
    reason: error.reason,
    unexpected: false,
  };
}

/**
 * The one exhaustive mapping from anything thrown during a GraphQL request to what the
 * client may see. Unknown errors become a generic message; their details stay in the logs.
 */
export function mapError(error: unknown): MappedError {
  const original =
    error instanceof GraphQLError && error.originalError ? error.originalError : error;
  // Before Apollo's codes: our validation rules (the GraphQL limits) report an AppError.
  if (original instanceof AppError) return mapAppError(original);
  const outerCode = error instanceof GraphQLError ? error.extensions?.['code'] : undefined;
  const tokens =
    outerCode === 'GRAPHQL_PARSE_FAILED' && TOKEN_LIMIT.exec((error as GraphQLError).message);
  if (tokens) return mapAppError(queryTooComplex('tokens', Number(tokens[1])));
  if (typeof outerCode === 'string' && APOLLO_CODES.has(outerCode)) {
    // Apollo's own request errors (parse, validation, variables): the client's fault, already worded.
    return { code: outerCode, message: (error as GraphQLError).message, unexpected: false };
  }
  if (original instanceof HttpException) return mapHttpException(original);
  const parsing = bodyParserError(original);
  if (parsing) return parsing;
  if (isDatabaseUnavailable(original)) {
    noteUnavailable(original);
    return UNAVAILABLE;
  }
  // TypeORM's word for a statement after the request's scope gave its connection back.
  if (
    original instanceof QueryRunnerAlreadyReleasedError ||
    original instanceof QueryRunnerProviderAlreadyReleasedError
  )
    return mapAppError(requestOver());
  if (original instanceof QueryFailedError) {
    return (
      mapDatabaseError(original) ?? {
        code: ErrorCode.INTERNAL_SERVER_ERROR,
        message: GENERIC_MESSAGE,
        unexpected: true,
      }
    );
  }
  if (original instanceof GraphQLError) {
    const code = original.extensions?.['code'];
    if (typeof code === 'string' && APOLLO_CODES.has(code)) {
      return { code, message: original.message, unexpected: false };
    }
    if (code === undefined && !original.originalError) {
      // graphql-js' own errors (e.g. variable coercion) carry no code: they are the client's.
      return { code: ErrorCode.BAD_USER_INPUT, message: original.message, unexpected: false };
    }
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: GENERIC_MESSAGE, unexpected: true };
}

let lastUnavailableLog = 0;

/** An outage fails every request: one warning every 10 seconds says so, not one per request. */
function noteUnavailable(error: unknown): void {
  const now = Date.now();
  if (now - lastUnavailableLog < 10_000) return;
  lastUnavailableLog = now;
  const message = error instanceof Error ? error.message : String(error);
  new Logger('Database').warn(`The database cannot be reached (${message}); answering 503`);
}

/** Request ids of unexpected errors, attached by the logging plugin before formatting. */
export const errorRequestIds = new WeakMap<object, string>();

/** Apollo `formatError`: stable code, human message, no stack, no SQL. */
export function formatGraphQLError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const mapped = mapError(error);
  const requestId =
    typeof error === 'object' && error !== null ? errorRequestIds.get(error) : undefined;
  return {
    message: mapped.message,
    locations: formatted.locations,
    path: formatted.path,
    extensions: {
      code: mapped.code,
      ...(mapped.reason ? { reason: mapped.reason } : {}),
      ...(mapped.details ? { details: mapped.details } : {}),
      ...(mapped.unexpected && requestId ? { requestId } : {}),
    },
  };
}
