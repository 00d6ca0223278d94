import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import {
  AppConfig,
  errorRequestIds,
  formatGraphQLError,
  GqlContext,
  inputRulesPlugin,
  mapError,
} from '@alianza/api-core';
import { ApiTokenService, persistedOperationsPlugin } from '@alianza/identity';
import { Viewer } from '@alianza/shared';
import {
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { IncomingMessage } from 'node:http';
import type { WebSocket } from 'ws';
import { LiveSockets } from './live-sockets';
import { graphqlLimitPlugins, graphqlLimitRules, graphqlParseOptions } from './graphql-limits';

const logger = new Logger('GraphQL');

/** Logs each unexpected error once, with the request id that the client also receives. */
const errorLogging: ApolloServerPlugin<GqlContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        const requestId = String(contextValue.req?.id ?? 'unknown');
        for (const error of errors) {
          if (!mapError(error).unexpected) continue;
          errorRequestIds.set(error, requestId);
          const original = error.originalError ?? error;
          // Message, type and stack only: a database error also carries its SQL parameters,
          // which may hold document contents or secrets.
          const cause = { type: original.name, message: original.message, stack: original.stack };
          logger.error(
            { requestId, err: cause, path: error.path },
            `Unexpected error in ${error.path?.join('.') ?? 'request'}`,
          );
        }
      },
    };
  },
};

interface WsExtra {
  request: IncomingMessage;
  socket: WebSocket;
  viewer?: Viewer;
}

/**
 * The same limits for operations sent over the websocket, which graphql-ws parses and validates
 * itself (Apollo's parse options and rules do not reach it): the schema comes from Apollo.
 */
function socketLimits(): {
  plugin: ApolloServerPlugin<GqlContext>;
  check: (query: unknown) => readonly GraphQLError[] | undefined;
} {
  let schema: GraphQLSchema | undefined;
  const plugin: ApolloServerPlugin<GqlContext> = {
    async serverWillStart(service) {
      schema = service.schema;
    },
  };
  // Worded and coded as Apollo's answers are (formatGraphQLError).
  const toClient = (error: GraphQLError) => {
    const formatted = formatGraphQLError(error.toJSON(), error);
    return new GraphQLError(formatted.message, { extensions: formatted.extensions });
  };
  const check = (query: unknown): readonly GraphQLError[] | undefined => {
    if (typeof query !== 'string' || !schema) return undefined;
    let document: DocumentNode;
    try {
      document = parse(query, graphqlParseOptions);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return [
        toClient(new GraphQLError(message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })),
      ];
    }
    const errors = validate(schema, document, [...specifiedRules, ...graphqlLimitRules]);
    return errors.length > 0 ? errors.map(toClient) : undefined;
  };
  return { plugin, check };
}

/** The root types have no class to describe them on: their descriptions are set here. */
function describeRootTypes(schema: GraphQLSchema): GraphQLSchema {
  const query = schema.getQueryType();
  const mutation = schema.getMutationType();
  const subscription = schema.getSubscriptionType();
  if (query) query.description = 'What a client may read; each field says who may read it.';
  if (mutation) mutation.description = 'What a client may change; each field says who may do it.';
  if (subscription)
    subscription.description = 'What a client may follow live, over a WebSocket (graphql-ws).';
  return schema;
}

export function graphqlOptions(
  config: AppConfig,
  sockets: LiveSockets,
  tokens: ApiTokenService,
): ApolloDriverConfig {
  const limits = socketLimits();
  return {
    subscriptions: {
      'graphql-ws': {
        path: '/graphql',
        // Same credentials as HTTP: the session cookie (web apps) or `authorization: Bearer …`
        // in the connection parameters (API clients).
        // A live session is required (see LiveSockets: origin, caps, closing with the session).
        onConnect: async (context: {
          connectionParams?: Record<string, unknown>;
          extra: unknown;
        }) => {
          const extra = context.extra as WsExtra;
          extra.viewer = await sockets.accept(
            extra.request,
            extra.socket,
            context.connectionParams,
          );
          return extra.viewer !== undefined;
        },
        onSubscribe: (_ctx: unknown, _id: string, payload: { query?: unknown }) =>
          limits.check(payload.query),
        // Subscription results bypass Apollo's formatError: give them the same stable codes.
        onNext: (
          _ctx: unknown,
          _id: string,
          _payload: unknown,
          _args: unknown,
          result: ExecutionResult,
        ) =>
          result.errors
            ? { ...result, errors: result.errors.map((e) => formatGraphQLError(e.toJSON(), e)) }
            : undefined,
      },
    },
    path: '/graphql',
    autoSchemaFile: true,
    transformSchema: describeRootTypes,
    sortSchema: true,
    introspection: config.graphqlExplorer,
    playground: false,
    // Compact JSON (Apollo pretty-prints by default) and no per-field cache-control hints:
    // neither is used, and both cost on every field of every response.
    stringifyResult: (value: unknown) => JSON.stringify(value),
    // Depth, aliases, directives, tokens and cost: refused before execution (graphql-limits.ts).
    validationRules: graphqlLimitRules,
    parseOptions: graphqlParseOptions,
    plugins: [
      ApolloServerPluginCacheControlDisabled(),
      errorLogging,
      persistedOperationsPlugin(tokens),
      limits.plugin,
      inputRulesPlugin,
      ...graphqlLimitPlugins,
      ...(config.graphqlExplorer
        ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })]
        : []),
    ],
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    formatError: formatGraphQLError,
    context: async (ctx: GqlContext & { extra?: WsExtra }): Promise<GqlContext> => {
      if (ctx.extra) {
        // A subscription: a request-like object carrying the viewer, for the same guard, and
        // its actor, whose access is read under the viewer's claim (a socket has no request's).
        const viewer = ctx.extra.viewer;
        const req = {
          headers: ctx.extra.request.headers,
          viewer,
          ...(viewer ? { actor: await sockets.actorOf(viewer) } : {}),
        } as GqlContext['req'];
        return { req, res: undefined as unknown as GqlContext['res'] };
      }
      return { req: ctx.req, res: ctx.res };
    },
  };
}
