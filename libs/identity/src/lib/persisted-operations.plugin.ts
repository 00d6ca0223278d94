import type { ApolloServerPlugin } from '@apollo/server';
import type { GqlContext } from '@alianza/api-core';
import type { Actor } from '@alianza/authz';
import { AppError } from '@alianza/shared';
import { GraphQLError } from 'graphql';
import { ApiTokenService, operationHash } from './api-token.service';

const refused = (message: string) =>
  new GraphQLError(message, {
    originalError: AppError.forbidden(message),
    extensions: { http: { status: 403 } },
  });

/**
 * Apollo plugin: a reporting token created with persisted queries runs those only. Such a
 * client may send a query by its hash alone (Apollo's automatic persisted queries, version 1),
 * even to an instance that never saw its text: the text comes from the token. Any other
 * document, sent whole or by a hash the instance knows from elsewhere, is refused (FORBIDDEN)
 * before it runs.
 */
export function persistedOperationsPlugin(tokens: ApiTokenService): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart({ contextValue, request }) {
      const actor = (contextValue.req as { actor?: Actor } | undefined)?.actor;
      if (!actor?.apiTokenId) return;
      const operations = await tokens.operationsOf(actor);
      if (operations === null) return;
      const hash = (request.extensions?.['persistedQuery'] as { sha256Hash?: unknown } | undefined)
        ?.sha256Hash;
      if (request.query === undefined && typeof hash === 'string' && operations[hash] !== undefined)
        request.query = operations[hash];
      return {
        async didResolveOperation({ source }) {
          if (operations[operationHash(source)] === undefined)
            throw refused('This reporting token runs only its persisted queries.');
        },
      };
    },
  };
}
