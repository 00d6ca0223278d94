import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import {
  AppConfig,
  errorRequestIds,
  formatGraphQLError,
  GqlContext,
  mapError,
} from '@alianza/api-core';

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
          const cause = error.originalError ?? error;
          logger.error(
            { requestId, err: cause, path: error.path },
            `Unexpected error in ${error.path?.join('.') ?? 'request'}`,
          );
        }
      },
    };
  },
};

export function graphqlOptions(config: AppConfig): ApolloDriverConfig {
  return {
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    introspection: config.graphqlExplorer,
    playground: false,
    plugins: [
      errorLogging,
      ...(config.graphqlExplorer
        ? [ApolloServerPluginLandingPageLocalDefault({ embed: true })]
        : []),
    ],
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.env === 'production',
    formatError: formatGraphQLError,
    context: ({ req, res }: GqlContext): GqlContext => ({ req, res }),
  };
}
