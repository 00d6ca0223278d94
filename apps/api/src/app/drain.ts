import { Global, Injectable, Module, OnApplicationBootstrap } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Whether this API process is draining (it received SIGTERM or SIGINT; see `drainAndClose`), and
 * the HTTP requests it is still answering. While draining:
 * - `/health/ready` answers 503, so that load balancers send it nothing new;
 * - every response carries `Connection: close`, so that keep-alive clients open their next
 *   connection elsewhere instead of finding this one closed under a request;
 * - live-update handshakes are refused with 503 (see LiveSockets).
 * See docs/adr/0046-replicas-and-graceful-drain.md.
 */
@Injectable()
export class Drain implements OnApplicationBootstrap {
  private draining = false;
  private readonly inFlight = new Set<ServerResponse>();
  private readonly waiting = new Set<() => void>();

  constructor(private readonly adapterHost: HttpAdapterHost) {}

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter.getHttpServer() as Server;
    // Before Express sees the request: the header is set while nothing is written yet.
    server.prependListener('request', (_request: IncomingMessage, response: ServerResponse) => {
      if (this.draining) response.setHeader('connection', 'close');
      this.inFlight.add(response);
      // 'close': answered in full, or its connection went away.
      response.once('close', () => {
        this.inFlight.delete(response);
        if (this.inFlight.size === 0) for (const wake of this.waiting) wake();
      });
    });
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /** HTTP requests received and not yet answered in full (websockets are not requests). */
  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /** From now on: not ready, and each connection closes after its response. */
  begin(): void {
    this.draining = true;
    for (const response of this.inFlight) {
      if (!response.headersSent) response.setHeader('connection', 'close');
    }
  }

  /** Resolves true once no request is in flight, or false when `ms` have passed first. */
  settled(ms: number): Promise<boolean> {
    if (this.inFlight.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const done = (finished: boolean) => {
        clearTimeout(timer);
        this.waiting.delete(wake);
        resolve(finished);
      };
      const wake = () => done(true);
      const timer = setTimeout(() => done(false), ms);
      this.waiting.add(wake);
    });
  }
}

/** The drain state, for the health check, the live sockets and `main.ts`. */
@Global()
@Module({ providers: [Drain], exports: [Drain] })
export class DrainModule {}
