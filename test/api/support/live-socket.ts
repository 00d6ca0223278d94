import WebSocket from 'ws';

export interface OpenedSocket {
  socket: WebSocket;
  /** Resolves with the close code and reason when the server closes the socket. */
  closed: Promise<{ code: number; reason: string }>;
  /** Messages of type `next` received so far. */
  received: unknown[];
  /** Payloads of `error` messages received so far. */
  errors: unknown[];
  subscribe(query: string): void;
  close(): void;
}

export type SocketOutcome =
  | { kind: 'refused'; status: number }
  | { kind: 'closed'; code: number; reason: string }
  | { kind: 'acknowledged'; live: OpenedSocket };

/**
 * Opens a graphql-ws socket to `/graphql` and says how far it got: refused at the handshake,
 * closed after `connection_init`, or acknowledged (then usable to subscribe).
 */
export function openLiveSocket(
  baseUrl: string,
  options: { token?: string; origin?: string; cookie?: string } = {},
): Promise<SocketOutcome> {
  const headers: Record<string, string> = {};
  if (options.origin) headers['origin'] = options.origin;
  if (options.cookie) headers['cookie'] = options.cookie;
  const socket = new WebSocket(
    `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    'graphql-transport-ws',
    {
      headers,
    },
  );
  const received: unknown[] = [];
  const errors: unknown[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return new Promise<SocketOutcome>((resolve) => {
    socket.once('unexpected-response', (_req, res) => {
      resolve({ kind: 'refused', status: res.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once('error', () => undefined);
    socket.once('open', () => {
      const payload = options.token ? { authorization: `Bearer ${options.token}` } : {};
      socket.send(JSON.stringify({ type: 'connection_init', payload }));
    });
    void closed.then(({ code, reason }) => resolve({ kind: 'closed', code, reason }));
    let next = 0;
    socket.on('message', (data) => {
      const message = JSON.parse(data.toString()) as { type: string; payload?: unknown };
      if (message.type === 'next') received.push(message.payload);
      if (message.type === 'error') errors.push(message.payload);
      if (message.type === 'connection_ack') {
        resolve({
          kind: 'acknowledged',
          live: {
            socket,
            closed,
            received,
            errors,
            subscribe: (query) =>
              socket.send(
                JSON.stringify({ id: String(++next), type: 'subscribe', payload: { query } }),
              ),
            close: () => socket.close(),
          },
        });
      }
    });
  });
}
