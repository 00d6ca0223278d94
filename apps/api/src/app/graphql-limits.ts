import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLLimit, queryTooComplex } from '@alianza/api-core';
import {
  GraphQLError,
  type ParseOptions,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * How big one GraphQL operation may be. Every document the two web apps send stays well inside
 * (`graphql-limits.spec.ts` validates each one with these rules); anything beyond is refused
 * before it runs, with `QUERY_TOO_COMPLEX`. ADR 0017 says why these values.
 */
export const GRAPHQL_LIMITS = {
  /** Nesting of selections (`collaboration { participations { collaboration { … } } }`). */
  depth: 10,
  /** Aliased fields in one operation, `__typename` included. */
  aliases: 20,
  /** Directives (`@include`, `@skip`, …) in one operation. */
  directives: 10,
  /**
   * Lexical tokens in the whole document, counted by graphql-js' parser as it reads: it stops
   * at the limit, so refusing a 5 MB document costs what parsing a small one does.
   */
  tokens: 2000,
  /**
   * graphql-armor's cost: 2 per object, 1 per scalar, ×1.5 per level of nesting, × a literal
   * `first`/`last` (a variable counts as 1). The portal's own organizations page costs 26,388.
   */
  cost: 50_000,
} as const satisfies Record<GraphQLLimit, number>;

/** armor's reject handler: a validation error whose original error carries our stable code. */
function refuse(limit: GraphQLLimit) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(
          new GraphQLError(error.message, {
            nodes: error.nodes,
            originalError: queryTooComplex(limit, GRAPHQL_LIMITS[limit]),
          }),
        ),
    ],
  };
}

const protection = new ApolloArmor({
  // Depth is the nesting of fields, as in the answer: a fragment spread adds none (armor would
  // count two levels for each, so naming a selection once in a shared fragment would cost depth).
  maxDepth: { ...refuse('depth'), n: GRAPHQL_LIMITS.depth, flattenFragments: true },
  // armor exempts `__typename` by default: 150,000 of those would pass.
  maxAliases: { ...refuse('aliases'), n: GRAPHQL_LIMITS.aliases, allowList: [] },
  maxDirectives: { ...refuse('directives'), n: GRAPHQL_LIMITS.directives },
  costLimit: { ...refuse('cost'), maxCost: GRAPHQL_LIMITS.cost },
  // armor's token limit for Apollo parses each document a second time in a plugin hook, and
  // what it throws there Apollo answers with a 500 and logs as unexpected: graphql-js' own
  // parser option is used instead (`graphqlParseOptions`).
  maxTokens: { enabled: false },
  // Apollo's `hideSchemaDetailsFromClientErrors` already hides suggestions in production.
  blockFieldSuggestion: { enabled: false },
}).protect();

/** The validation rules that enforce the limits, run with graphql-js' specified rules. */
export const graphqlLimitRules: ValidationRule[] = protection.validationRules;

/** Apollo's parse options: the token limit. */
export const graphqlParseOptions: ParseOptions = { maxTokens: GRAPHQL_LIMITS.tokens };

/** Plugins armor needs for the protections above (none today; kept so none is lost). */
export const graphqlLimitPlugins: ApolloServerPlugin[] = protection.plugins;
