import { Agent, createServer, request, Server } from 'node:http';
import { AddressInfo, connect, Socket } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * A tiny round-robin HTTP load balancer, as HAProxy behaves in docker/compose.scale.yml: it asks
 * each upstream's `/health/ready` every `checkMs` and sends requests to the ready ones only (one
 * success makes an upstream ready, two failures in a row take it out), over keep-alive
 * connections, and tunnels websockets to them. It retries nothing: an upstream that refuses or
 * drops a request makes it a 502, which the tests count as lost.
 */
export class TestBalancer {
  /** Each upstream's consecutive failed checks; undefined until it passes one. */
  private readonly upstreams = new Map<string, number | undefined>();
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });
  private readonly tunnels = new Set<Duplex>();
  /** Upstreams whose check is under way (a slow one is not asked again meanwhile). */
  private readonly checking = new Set<string>();
  private next = 0;
  private checker?: NodeJS.Timeout;
  /** The upstream each websocket was tunnelled to, in order. */
  readonly upgrades: string[] = [];
  private server?: Server;
  url = '';

  constructor(private readonly checkMs = 200) {}

  async start(upstreams: string[]): Promise<void> {
    for (const upstream of upstreams) this.upstreams.set(upstream, undefined);
    await this.check();
    this.checker = setInterval(() => void this.check(), this.checkMs);
    this.server = createServer((incoming, outgoing) => {
      const upstream = this.pick();
      if (!upstream) {
        outgoing.writeHead(503).end('no upstream ready');
        return;
      }
      const target = new URL(incoming.url ?? '/', upstream);
      const proxied = request(
        target,
        { method: incoming.method, headers: incoming.headers, agent: this.agent },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(outgoing);
        },
      );
      proxied.on('error', (error) => {
        if (!outgoing.headersSent) outgoing.writeHead(502).end(`upstream: ${error.message}`);
        else outgoing.destroy();
      });
      incoming.pipe(proxied);
    });
    this.server.on('upgrade', (incoming, client: Duplex, head: Buffer) => {
      const upstream = this.pick();
      if (!upstream) {
        client.end('HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      this.upgrades.push(upstream);
      const { hostname, port } = new URL(upstream);
      const server: Socket = connect(Number(port), hostname, () => {
        const lines = [`${incoming.method} ${incoming.url} HTTP/1.1`];
        for (let i = 0; i < incoming.rawHeaders.length; i += 2) {
          lines.push(`${incoming.rawHeaders[i]}: ${incoming.rawHeaders[i + 1]}`);
        }
        server.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (head.length > 0) server.write(head);
        server.pipe(client);
        client.pipe(server);
      });
      for (const [one, other] of [
        [server, client],
        [client, server],
      ] as const) {
        this.tunnels.add(one);
        one.on('error', () => other.destroy());
        one.on('close', () => {
          this.tunnels.delete(one);
          other.destroy();
        });
      }
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Replaces an upstream (a restarted instance listens on another port). */
  replace(old: string, upstream: string): void {
    this.upstreams.delete(old);
    this.upstreams.set(upstream, undefined);
  }

  isReady(upstream: string): boolean {
    const failures = this.upstreams.get(upstream);
    return failures !== undefined && failures < 2;
  }

  async stop(): Promise<void> {
    clearInterval(this.checker);
    for (const tunnel of this.tunnels) tunnel.destroy();
    this.agent.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  private pick(): string | undefined {
    const ready = [...this.upstreams.keys()].filter((upstream) => this.isReady(upstream));
    return ready.length > 0 ? ready[this.next++ % ready.length] : undefined;
  }

  private async check(): Promise<void> {
    await Promise.all(
      [...this.upstreams.keys()].map(async (upstream) => {
        if (this.checking.has(upstream)) return;
        this.checking.add(upstream);
        const ready = await fetch(`${upstream}/health/ready`, {
          signal: AbortSignal.timeout(2_000),
        }).then(
          (res) => res.ok,
          () => false,
        );
        this.checking.delete(upstream);
        if (!this.upstreams.has(upstream)) return;
        const failures = this.upstreams.get(upstream);
        if (ready) this.upstreams.set(upstream, 0);
        else if (failures !== undefined) this.upstreams.set(upstream, failures + 1);
      }),
    );
  }
}

export interface LoadResult {
  sent: number;
  /** Answered 200 with GraphQL data. */
  answered: number;
  /** Everything else: 502 (refused, reset, cut), 503, errors, a GraphQL error. */
  lost: { status: number | string; body: string }[];
}

/**
 * `clients` concurrent clients, each sending one request after the other (keep-alive, no retry)
 * until `stop()`; `send` makes one request and tells whether it got a proper answer.
 */
export function keepSending(
  clients: number,
  send: () => Promise<{ ok: boolean; status: number | string; body: string }>,
): { stop(): Promise<LoadResult> } {
  const result: LoadResult = { sent: 0, answered: 0, lost: [] };
  let running = true;
  const loops = Array.from({ length: clients }, async () => {
    while (running) {
      result.sent++;
      const outcome = await send().catch((error: unknown) => ({
        ok: false,
        status: 'error',
        body: String(error),
      }));
      if (outcome.ok) result.answered++;
      else result.lost.push({ status: outcome.status, body: outcome.body.slice(0, 200) });
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return result;
    },
  };
}
