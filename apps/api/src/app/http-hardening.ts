import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@alianza/api-core';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { Server } from 'node:http';

/**
 * One policy for every route. The web apps (Vite builds, served from this origin) load scripts,
 * styles, fonts and images from it; Mantine also sets inline styles; the API's websocket is on
 * this origin too. JSON answers need none of it, and lose nothing by carrying it.
 */
const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'", 'ws:', 'wss:'],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** How long a client may take, so slow ones cannot hold connections open (see ADR 0017). */
export const SERVER_TIMEOUTS = {
  /** To send the request's headers (slowloris). */
  headersMs: 10_000,
  /** To send the whole request, body included (a 4 MB upload at 70 kB/s). */
  requestMs: 60_000,
  /** An idle kept-alive connection is closed after this. */
  keepAliveMs: 5_000,
} as const;

/**
 * Security headers on every route (helmet): CSP, nosniff, frame-ancestors 'none' and
 * X-Frame-Options DENY, a same-origin referrer policy, HSTS in production only (HTTPS is the
 * proxy's job; a development server on http://localhost must not be pinned), no X-Powered-By.
 * The GraphQL explorer (development only) is a page of Apollo's that loads from Apollo's CDN
 * and carries its own CSP: ours is left off that page.
 */
export function hardenHttp(app: INestApplication, config: AppConfig): void {
  const express = app as NestExpressApplication;
  express.disable('x-powered-by');
  const common = {
    referrerPolicy: { policy: 'same-origin' as const },
    xFrameOptions: { action: 'deny' as const },
    strictTransportSecurity:
      config.env === 'production' ? { maxAge: 365 * 24 * 3600, includeSubDomains: true } : false,
  };
  const everywhere = helmet({
    ...common,
    contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  });
  const explorer = helmet({ ...common, contentSecurityPolicy: false });
  express.use((req: Request, res: Response, next: NextFunction) =>
    config.graphqlExplorer && req.method === 'GET' && req.path === '/graphql'
      ? explorer(req, res, next)
      : everywhere(req, res, next),
  );
  const server = express.getHttpServer() as Server;
  server.headersTimeout = SERVER_TIMEOUTS.headersMs;
  server.requestTimeout = SERVER_TIMEOUTS.requestMs;
  server.keepAliveTimeout = SERVER_TIMEOUTS.keepAliveMs;
}
