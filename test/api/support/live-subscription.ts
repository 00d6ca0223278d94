import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { TestUser } from './api';

/** One subscription over a socket of its own (graphql-ws at /graphql), as a web app opens it. */
export interface LiveSubscription<T> {
  client: Client;
  /** The subscription field's value in each event received so far. */
  events: T[];
  /** The `extensions.code` of each error the subscription ended with (`SOCKET_CLOSED`: no socket). */
  errors: string[];
  /** Settles when the server ends the subscription (after a refusal) or the socket closes. */
  ended: Promise<void>;
}

/** `as` (anonymous when null) subscribes to `field` (`query`) on the API at `baseUrl`. */
export function subscribeLive<T>(
  baseUrl: string,
  as: TestUser | null,
  field: string,
  query: string,
  variables: Record<string, unknown> = {},
): LiveSubscription<T> {
  const client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: as ? { authorization: `Bearer ${as.token}` } : {},
    retryAttempts: 0,
    lazy: false,
  });
  const events: T[] = [];
  const errors: string[] = [];
  const codes = (list: readonly { extensions?: Record<string, unknown> }[]) =>
    list.map((e) => String(e.extensions?.['code']));
  const ended = new Promise<void>((resolve) =>
    client.subscribe<Record<string, T>>(
      { query, variables },
      {
        next: (value) => {
          if (value.data) events.push(value.data[field] as T);
          if (value.errors) errors.push(...codes(value.errors));
        },
        error: (error) => {
          errors.push(...(Array.isArray(error) ? codes(error) : ['SOCKET_CLOSED']));
          resolve();
        },
        complete: resolve,
      },
    ),
  );
  return { client, events, errors, ended };
}

/**
 * Writes (`write`) until the subscription hears of it, giving each write 500 ms: a subscription
 * has no acknowledgement, so a first write may come before the server has registered it. Settles
 * early when the subscription ends (refused); false when nothing was heard.
 */
export async function writeUntilHeard(
  live: LiveSubscription<unknown>,
  write: () => Promise<unknown>,
  attempts = 20,
): Promise<boolean> {
  let over = false;
  void live.ended.then(() => (over = true));
  for (let attempt = 0; attempt < attempts && !over && live.events.length === 0; attempt++) {
    await write();
    const deadline = Date.now() + 500;
    while (!over && live.events.length === 0 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 25));
  }
  return live.events.length > 0;
}
