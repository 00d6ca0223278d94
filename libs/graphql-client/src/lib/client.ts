import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { OperationTypeNode } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { MeDocument } from '../session/session.generated';
import { createAlianzaCache } from './connection-policy';

export interface AlianzaClientOptions {
  /** Where the API answers; same origin by default (`/graphql`), so the session cookie goes along. */
  readonly httpUrl?: string;
  readonly wsUrl?: string;
  /**
   * Called when the API says the session is gone (UNAUTHENTICATED). By default, when someone
   * was signed in (ended from another device, expired): the cache is emptied and `me` asked
   * again, so that the app shows its sign-in page (SessionGate) at the first refused request.
   */
  readonly onUnauthenticated?: () => void;
}

export interface AlianzaClient {
  readonly apollo: ApolloClient;
  readonly ws: Client;
}

function defaultWsUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/graphql`;
}

/**
 * One Apollo client per app: queries and mutations over HTTP with the session cookie,
 * subscriptions over graphql-ws on the same path (the cookie authenticates the socket too).
 */
export function createAlianzaClient(options: AlianzaClientOptions = {}): AlianzaClient {
  const ws = createClient({
    url: options.wsUrl ?? defaultWsUrl(),
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
  });
  const http = new HttpLink({ uri: options.httpUrl ?? '/graphql', credentials: 'same-origin' });
  const transport = ApolloLink.split(
    ({ operationType }) => operationType === OperationTypeNode.SUBSCRIPTION,
    new GraphQLWsLink(ws),
    http,
  );
  const errors = new ErrorLink(({ error }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      error.errors.some((e) => e.extensions?.['code'] === 'UNAUTHENTICATED')
    ) {
      if (options.onUnauthenticated) options.onUnauthenticated();
      else void signedOut(apollo);
    }
  });
  const apollo = new ApolloClient({
    link: ApolloLink.from([errors, transport]),
    // Lists are paginated connections: fetching "more" appends pages (`connectionPolicy`).
    cache: createAlianzaCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
      query: { fetchPolicy: 'network-only' },
    },
  });
  return { apollo, ws };
}

/** The session of a signed-in user ended: nothing of theirs stays, and `me` says no one. */
async function signedOut(apollo: ApolloClient): Promise<void> {
  // On the sign-in page (a wrong password, an expired second step), no one was signed in.
  if (!apollo.cache.readQuery({ query: MeDocument })?.me) return;
  await apollo.clearStore();
  await apollo.refetchQueries({ include: [MeDocument] });
}
