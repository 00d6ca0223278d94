import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG, AppConfig, gaugeNow } from '@alianza/api-core';
import { Actor, ActorService } from '@alianza/authz';
import {
  EndedSessions,
  presentedToken,
  sessionEnded,
  SessionEvents,
  sessionTokenHash,
} from '@alianza/identity';
import { LiveEvents, PUB_SUB } from '@alianza/notification';
import { Viewer } from '@alianza/shared';
import { Drain } from './drain';
import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';

/**
 * Close codes the web client understands (graphql-ws retries 4403 and 1012, not 4429; the web
 * apps' client retries every code: libs/graphql-client).
 */
export const SOCKET_CLOSE = {
  sessionEnded: { code: 4403, reason: 'Session ended' },
  tooMany: { code: 4429, reason: 'Too many live connections for this account' },
  /** This process is draining (ADR 0046): reconnect, the balancer picks another replica. */
  restarting: { code: 1012, reason: 'Service restart' },
} as const;

const ENDED_TOPIC = 'sessions-ended';

interface LiveSocket {
  readonly socket: WebSocket;
  readonly viewer: Viewer;
  readonly tokenHash: string;
}

/** The cookies of a request that Express never parsed (a websocket's upgrade). */
function cookiesOf(request: IncomingMessage): Record<string, string> {
  const cookies: Record<string, string> = {};
  for (const part of request.headers.cookie?.split(';') ?? []) {
    const [key, ...value] = part.trim().split('=');
    if (!key) continue;
    try {
      cookies[key] = decodeURIComponent(value.join('='));
    } catch {
      // a malformed cookie is no session cookie
    }
  }
  return cookies;
}

/**
 * The live-update sockets (GraphQL subscriptions over graphql-ws), held to the same rules as the
 * sessions they ride on:
 * - at the handshake, a browser's Origin must be the API's own or one of PUBLIC_ORIGINS (a page
 *   elsewhere cannot open a socket with the visitor's cookie), and one IP holds at most
 *   WS_MAX_PER_IP sockets;
 * - at `connection_init`, a live session is required (no anonymous sockets), and one account
 *   holds at most WS_MAX_PER_USER;
 * - a socket closes when its session ends: at once on logout or password change (on every API
 *   process, through the live events), and within WS_SESSION_CHECK_SECONDS on expiry or any
 *   other revocation, when the open sockets' sessions are checked again.
 */
@Injectable()
export class LiveSockets implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(LiveSockets.name);
  private readonly open = new Set<LiveSocket>();
  private readonly perIp = new Map<string, number>();
  private sweep?: NodeJS.Timeout;
  private retry?: NodeJS.Timeout;
  private stopListening?: () => void;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly actors: ActorService,
    private readonly adapterHost: HttpAdapterHost,
    private readonly sessionEvents: SessionEvents,
    @Inject(PUB_SUB) private readonly events: LiveEvents,
    private readonly drain: Drain,
  ) {}

  onApplicationBootstrap(): void {
    this.guardHandshakes(this.adapterHost.httpAdapter.getHttpServer() as Server);
    this.stopListening = this.sessionEvents.onEnded((ended) => {
      this.closeEnded(ended); // here at once, even if the live events are down
      void this.events.publish(ENDED_TOPIC, ended); // and on every other API process
    });
    this.listenToOtherProcesses();
    this.sweep = setInterval(
      () => void this.recheckSessions(),
      this.config.websockets.sessionCheckMs,
    );
    this.sweep.unref();
    if (this.config.observability.metrics.enabled)
      gaugeNow({
        name: 'alianza_websocket_connections',
        help: 'Live-update sockets open (signed-in GraphQL subscriptions).',
        read: () => this.open.size,
      });
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweep);
    clearTimeout(this.retry);
    this.stopListening?.();
  }

  /** Sessions ended on other API processes; tried again until Redis takes the subscription. */
  private listenToOtherProcesses(): void {
    this.events
      .subscribe(ENDED_TOPIC, (ended) => this.closeEnded(ended as EndedSessions))
      .catch((error: unknown) => {
        this.events.failed('subscribe', error);
        this.retry = setTimeout(() => this.listenToOtherProcesses(), 5_000);
        this.retry.unref();
      });
  }

  /** `onConnect` of graphql-ws: true to accept the socket. */
  async accept(
    request: IncomingMessage,
    socket: WebSocket,
    connectionParams: Record<string, unknown> | undefined,
  ): Promise<Viewer | undefined> {
    const token = presentedToken(connectionParams?.['authorization'], cookiesOf(request));
    const tokenHash = token ? sessionTokenHash(token) : undefined;
    const viewer = tokenHash ? await this.actors.sessionViewer(tokenHash) : undefined;
    if (!viewer || !tokenHash) return undefined;
    let ofUser = 0;
    for (const live of this.open) if (live.viewer.userId === viewer.userId) ofUser++;
    if (ofUser >= this.config.websockets.maxPerUser) {
      socket.close(SOCKET_CLOSE.tooMany.code, SOCKET_CLOSE.tooMany.reason);
      return undefined;
    }
    const live = { socket, viewer, tokenHash };
    this.open.add(live);
    socket.once('close', () => this.open.delete(live));
    return viewer;
  }

  /**
   * The actor of one operation of a socket (a subscription), with its access as it stands when
   * the operation starts: guards and resolvers check the same ability as over HTTP.
   */
  actorOf(viewer: Viewer): Promise<Actor> {
    return this.actors.forSocket(viewer);
  }

  /**
   * Closes every socket with 1012 ("service restart"): its client reconnects, to another replica
   * once this one stopped listening (see graceful-shutdown.ts). Returns how many were closed.
   */
  restartAll(): number {
    const sockets = [...this.open];
    this.open.clear();
    for (const live of sockets) {
      live.socket.close(SOCKET_CLOSE.restarting.code, SOCKET_CLOSE.restarting.reason);
    }
    return sockets.length;
  }

  /** Why a handshake is refused (status line), or undefined to let it through. */
  handshakeRefusal(request: IncomingMessage, ip: string): string | undefined {
    // Draining: the client tries again, and the balancer sends it elsewhere.
    if (this.drain.isDraining) return '503 Service Unavailable';
    if (!this.originAllowed(request)) return '403 Forbidden';
    if ((this.perIp.get(ip) ?? 0) >= this.config.websockets.maxPerIp)
      return '429 Too Many Requests';
    return undefined;
  }

  private originAllowed(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    // Browsers always send Origin on a websocket; other clients authenticate with a bearer
    // token, which no page can make a visitor's browser send.
    if (origin === undefined) return true;
    if (this.config.publicOrigins.includes(origin)) return true;
    let parsed: URL;
    try {
      parsed = new URL(origin);
    } catch {
      return false;
    }
    // The API's own origin: the web apps it serves.
    if (parsed.host === request.headers.host) return true;
    // Development: the Vite dev servers on this machine.
    return (
      this.config.env === 'development' &&
      (parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1')
    );
  }

  /**
   * Runs before the GraphQL websocket server sees an upgrade: a refused handshake gets an HTTP
   * error and never becomes a socket.
   */
  private guardHandshakes(server: Server): void {
    const handlers = server.listeners('upgrade') as ((...args: unknown[]) => void)[];
    server.removeAllListeners('upgrade');
    server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      const ip = request.socket.remoteAddress ?? 'unknown';
      const refusal = this.handshakeRefusal(request, ip);
      if (refusal) {
        socket.end(`HTTP/1.1 ${refusal}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
        return;
      }
      this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1);
      socket.once('close', () => {
        const left = (this.perIp.get(ip) ?? 1) - 1;
        if (left > 0) this.perIp.set(ip, left);
        else this.perIp.delete(ip);
      });
      for (const handler of handlers) handler.call(server, request, socket, head);
    });
  }

  private closeEnded(ended: EndedSessions): void {
    for (const live of this.open) {
      if (sessionEnded(ended, live.viewer.userId, live.viewer.sessionId)) this.close(live);
    }
  }

  private close(live: LiveSocket): void {
    this.open.delete(live);
    live.socket.close(SOCKET_CLOSE.sessionEnded.code, SOCKET_CLOSE.sessionEnded.reason);
  }

  /** Each open socket's session again: expired or revoked ones close. */
  private async recheckSessions(): Promise<void> {
    const bySession = new Map<string, LiveSocket[]>();
    for (const live of this.open) {
      const same = bySession.get(live.tokenHash) ?? [];
      same.push(live);
      bySession.set(live.tokenHash, same);
    }
    for (const [tokenHash, sockets] of bySession) {
      try {
        if (await this.actors.sessionViewer(tokenHash)) continue;
      } catch (error) {
        // The database is unreachable: keep the sockets until it can tell.
        this.logger.warn(`Could not check live sockets' sessions: ${String(error)}`);
        return;
      }
      for (const live of sockets) this.close(live);
    }
  }
}
