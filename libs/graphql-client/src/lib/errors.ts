import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** What the web apps need from any failure: the API's stable code, its message, a reference. */
export interface ApiError {
  /** `extensions.code` from the API, or NETWORK / UNKNOWN for failures before an answer. */
  readonly code: string;
  /** The API's human message (English), shown as a detail under the translated text. */
  readonly message: string;
  readonly requestId?: string;
  readonly details?: Readonly<Record<string, unknown>>;
  /** `extensions.reason`: why a domain refused (`ErrorReason`), when it said. */
  readonly reason?: string;
}

export const KNOWN_ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INVALID_TRANSITION',
  'SECOND_FACTOR_REQUIRED',
  'QUERY_TOO_COMPLEX',
  'TIMEOUT',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'UNKNOWN',
] as const;

/** Reads the first error of an Apollo failure in the API's terms. */
export function toApiError(error: unknown): ApiError | null {
  if (!error) return null;
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const ext = (first?.extensions ?? {}) as Record<string, unknown>;
    const code = typeof ext['code'] === 'string' ? ext['code'] : 'UNKNOWN';
    return {
      code:
        code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_REQUEST' ? 'BAD_USER_INPUT' : code,
      message: first?.message ?? '',
      requestId: typeof ext['requestId'] === 'string' ? ext['requestId'] : undefined,
      reason: typeof ext['reason'] === 'string' ? ext['reason'] : undefined,
      details:
        typeof ext['details'] === 'object' && ext['details'] !== null
          ? (ext['details'] as Record<string, unknown>)
          : undefined,
    };
  }
  if (ServerError.is(error) || ServerParseError.is(error)) {
    return { code: 'NETWORK', message: error.message };
  }
  if (error instanceof TypeError) return { code: 'NETWORK', message: error.message };
  return { code: 'UNKNOWN', message: error instanceof Error ? error.message : String(error) };
}
