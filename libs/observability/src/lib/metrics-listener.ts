import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig, metricsRegistry } from '@alianza/api-core';
import { createServer, Server } from 'node:http';
import { scrapeAllowed } from './metrics-access';

/**
 * /metrics on a port of its own (METRICS_PORT), for a scraper on the private network while the
 * API's port faces the internet. Nothing else is served there.
 */
@Injectable()
export class MetricsListener implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsListener.name);
  private server?: Server;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async onApplicationBootstrap(): Promise<void> {
    const { listener, token, onApiPort } = this.config.observability.metrics;
    if (!listener && !onApiPort)
      this.logger.warn(
        'Metrics are collected but served nowhere: in production /metrics needs METRICS_TOKEN or METRICS_PORT',
      );
    if (!listener) return;
    const server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
        res.writeHead(404).end();
      } else if (!scrapeAllowed(req.headers.authorization, token)) {
        res.writeHead(401, { 'WWW-Authenticate': 'Bearer' }).end();
      } else {
        metricsRegistry.metrics().then(
          (text) => res.writeHead(200, { 'Content-Type': metricsRegistry.contentType }).end(text),
          (error: unknown) => {
            this.logger.error({ err: error }, 'Metrics could not be collected');
            res.writeHead(500).end();
          },
        );
      }
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(listener.port, listener.host, () => resolve());
    });
    this.server = server;
    this.logger.log(`Metrics at http://${listener.host}:${listener.port}/metrics`);
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
  }
}
