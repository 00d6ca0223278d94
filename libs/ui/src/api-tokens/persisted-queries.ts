import { PERSISTED_QUERY_LIMITS } from '@alianza/shared';
import { Kind, parse } from 'graphql';

/** A persisted query as a token lists it: the SHA-256 (hex) of its text, and the text. */
export interface PersistedQueryView {
  readonly sha256Hash: string;
  readonly document: string;
}

/** Why a document cannot be a persisted query (the API refuses the same, naming its position). */
export type PersistedQueryProblem =
  | { readonly kind: 'empty' }
  | { readonly kind: 'tooLong'; readonly limit: number }
  | { readonly kind: 'syntax'; readonly line?: number; readonly column?: number }
  | { readonly kind: 'notOneQuery' };

/**
 * What is wrong with a pasted document, or null: it must parse and hold exactly one query (a
 * reporting token only reads). Checked in the form so that the user hears it at once; the API
 * checks it again.
 */
export function persistedQueryProblem(document: string): PersistedQueryProblem | null {
  const text = document.trim();
  if (!text) return { kind: 'empty' };
  if (text.length > PERSISTED_QUERY_LIMITS.characters)
    return { kind: 'tooLong', limit: PERSISTED_QUERY_LIMITS.characters };
  try {
    const operations = parse(text).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
    return operations.length === 1 && operations[0]?.operation === 'query'
      ? null
      : { kind: 'notOneQuery' };
  } catch (error) {
    // A GraphQLError (duck-typed: a bundle may hold two copies of graphql-js).
    const where = (error as { locations?: readonly { line: number; column: number }[] })
      .locations?.[0];
    return { kind: 'syntax', line: where?.line, column: where?.column };
  }
}

/**
 * The body that runs a persisted query by its hash alone (Apollo's automatic persisted queries,
 * version 1), as a reporting client sends it: its variables to fill in (`…`).
 */
export function persistedQueryBody(query: PersistedQueryView): string {
  const variables: Record<string, string> = {};
  try {
    for (const definition of parse(query.document).definitions)
      if (definition.kind === Kind.OPERATION_DEFINITION)
        for (const variable of definition.variableDefinitions ?? [])
          if (!variable.defaultValue) variables[variable.variable.name.value] = '…';
  } catch {
    // A stored query always parses; an unexpected one is sent without variables.
  }
  return JSON.stringify({
    extensions: { persistedQuery: { version: 1, sha256Hash: query.sha256Hash } },
    variables,
  });
}
