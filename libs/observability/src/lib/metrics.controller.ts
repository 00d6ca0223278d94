import { Controller, Get, Headers, HttpStatus, Inject, RequestMethod, Res } from '@nestjs/common';
import type { RouteInfo } from '@nestjs/common/interfaces';
import { APP_CONFIG, AppConfig, metricsRegistry } from '@alianza/api-core';
import { Public } from '@alianza/authz';
import type { Response } from 'express';
import { scrapeAllowed } from './metrics-access';

/**
 * The scrape route, for the session middleware to leave alone: Prometheus' bearer token is no
 * session, and a scrape must answer while the database does not.
 */
export const METRICS_ROUTES: RouteInfo[] = [{ path: 'metrics', method: RequestMethod.GET }];

/**
 * /metrics on the API's own port, in Prometheus' text format. Served only when the configuration
 * says so (`observability.metrics.onApiPort`: not with METRICS_PORT; in production only with
 * METRICS_TOKEN): otherwise it is a 404 like any unknown path.
 */
@Controller('metrics')
export class MetricsController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  // Public to the sessions' guard: Prometheus has no session; METRICS_TOKEN is checked here.
  @Public()
  @Get()
  async metrics(
    @Headers('authorization') authorization: string | undefined,
    @Res() res: Response,
  ): Promise<void> {
    const { onApiPort, token } = this.config.observability.metrics;
    if (!onApiPort) {
      res.status(HttpStatus.NOT_FOUND).json({ statusCode: 404, message: 'Not Found' });
      return;
    }
    if (!scrapeAllowed(authorization, token)) {
      res.status(HttpStatus.UNAUTHORIZED).setHeader('WWW-Authenticate', 'Bearer').end();
      return;
    }
    res.type(metricsRegistry.contentType).send(await metricsRegistry.metrics());
  }
}
