import { Agent, createServer, request, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A tiny round-robin HTTP load balancer, as Caddy or nginx behave in docker/compose.scale.yml:
 * it asks each upstream's `/health/ready` every `checkMs` and sends requests to the ready ones
 * only, over keep-alive connections. It retries nothing: an upstream that refuses or drops a
 * request makes it a 502, which the tests count as lost.
 */
export class TestBalancer {
  private readonly upstreams = new Map<string, boolean>();
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });
  private next = 0;
  private checker?: NodeJS.Timeout;
  private server?: Server;
  url = '';

  constructor(private readonly checkMs = 200) {}

  async start(upstreams: string[]): Promise<void> {
    for (const upstream of upstreams) this.upstreams.set(upstream, false);
    await this.check();
    this.checker = setInterval(() => void this.check(), this.checkMs);
    this.server = createServer((incoming, outgoing) => {
      const ready = [...this.upstreams].filter(([, up]) => up).map(([url]) => url);
      if (ready.length === 0) {
        outgoing.writeHead(503).end('no upstream ready');
        return;
      }
      const target = new URL(incoming.url ?? '/', ready[this.next++ % ready.length]);
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
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Replaces an upstream (a restarted instance listens on another port). */
  replace(old: string, upstream: string): void {
    this.upstreams.delete(old);
    this.upstreams.set(upstream, false);
  }

  isReady(upstream: string): boolean {
    return this.upstreams.get(upstream) ?? false;
  }

  async stop(): Promise<void> {
    clearInterval(this.checker);
    this.agent.destroy();
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) =>
      this.server ? this.server.close(() => resolve()) : resolve(),
    );
  }

  private async check(): Promise<void> {
    await Promise.all(
      [...this.upstreams.keys()].map(async (upstream) => {
        const ready = await fetch(`${upstream}/health/ready`, {
          signal: AbortSignal.timeout(1_000),
        }).then(
          (res) => res.ok,
          () => false,
        );
        if (this.upstreams.has(upstream)) this.upstreams.set(upstream, ready);
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
