import { inspect } from 'node:util';

/** A collaboration's unwrapped data key, for one request's use; never logged, never serialised. */
export interface DataKey {
  readonly collaborationId: string;
  readonly key: Buffer;
}

/** A data key whose bytes stay out of JSON, `util.inspect` and structured logs. */
export function dataKey(collaborationId: string, key: Buffer): DataKey {
  const shown = { collaborationId };
  const value = { collaborationId };
  Object.defineProperties(value, {
    // Not enumerable: spread, Object.keys and loggers walking the object do not see it.
    key: { value: key, enumerable: false },
    toJSON: { value: () => shown, enumerable: false },
    [inspect.custom]: {
      value: () => `DataKey { collaborationId: '${collaborationId}' }`,
      enumerable: false,
    },
  });
  return Object.freeze(value) as DataKey;
}

/** The plaintext's size and SHA-256 (hex) of a document stored. */
export interface StoredFile {
  readonly bytes: number;
  readonly sha256: string;
}
