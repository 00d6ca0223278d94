import { Injectable, NestMiddleware } from '@nestjs/common';
import { metricsRegistry } from '@alianza/api-core';
import type { NextFunction, Request, Response } from 'express';
import { Histogram } from 'prom-client';

const NAME = 'alianza_http_request_duration_seconds';

function histogram(): Histogram<'method' | 'route' | 'status'> {
  const existing = metricsRegistry.getSingleMetric(NAME);
  if (existing) return existing as Histogram<'method' | 'route' | 'status'>;
  return new Histogram({
    name: NAME,
    help: 'Duration of HTTP requests, by method, route (its pattern, never the path) and status.',
    labelNames: ['method', 'route', 'status'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [metricsRegistry],
  });
}

const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

/**
 * The route of a request as a label: the pattern of the Nest route that answered
 * (`/documents/:id`), or the mount point of what answered without one (`/graphql`, a web app);
 * `unmatched` otherwise. Never the path itself: clients choose paths, and each label value is a
 * time series.
 */
export function routeLabel(req: Request): string {
  const route = (req as Request & { route?: { path?: unknown } }).route;
  if (route && typeof route.path === 'string')
    // Express 5's trailing wildcards (`/graphql/{*path}`) say nothing: the mount point does.
    return `${req.baseUrl}${route.path}`.replace(/\/?\{?\/?\*\w*\}?$/, '') || '/';
  return req.baseUrl || 'unmatched';
}

/** Times every HTTP request, from the first middleware to the response's end. */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private readonly durations = histogram();

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.durations.startTimer();
    res.once('finish', () =>
      end({
        method: METHODS.has(req.method) ? req.method : 'other',
        route: routeLabel(req),
        status: String(res.statusCode),
      }),
    );
    next();
  }
}
