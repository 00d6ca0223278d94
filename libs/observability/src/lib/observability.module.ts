import {
  DynamicModule,
  Inject,
  Logger,
  MiddlewareConsumer,
  Module,
  NestModule,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { APP_CONFIG, AppConfig, metricsRegistry } from '@alianza/api-core';
import { collectDefaultMetrics } from 'prom-client';
import { DbPoolMetrics } from './db-pool-metrics';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin';
import { HttpMetricsMiddleware } from './http-metrics.middleware';
import { MetricsController } from './metrics.controller';
import { MetricsListener } from './metrics-listener';
import { flushTraces } from './trace-log';

let defaultMetrics = false;

/** Says where traces go, and sends the last ones at shutdown. */
@Module({})
class TracesModule implements OnApplicationBootstrap, OnApplicationShutdown {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  onApplicationBootstrap(): void {
    const { endpoint, serviceName } = this.config.observability.tracing;
    if (endpoint)
      new Logger('Tracing').log(`Traces of ${serviceName} go to ${new URL(endpoint).host} (OTLP)`);
  }

  async onApplicationShutdown(): Promise<void> {
    await flushTraces();
  }
}

/**
 * Metrics and traces (ADR 0047). With METRICS_ENABLED: the process's default metrics, HTTP
 * requests and GraphQL operations timed, the database pool read on scrape, and /metrics served
 * (on the API's port or METRICS_PORT, see MetricsController). Traces are started before the
 * application by `apps/api/src/tracing.ts`; this module only flushes them at shutdown.
 */
@Module({})
export class ObservabilityModule implements NestModule {
  static forRoot(config: AppConfig): DynamicModule {
    const { enabled } = config.observability.metrics;
    if (!enabled) return { module: TracesModule };
    if (!defaultMetrics) {
      collectDefaultMetrics({ register: metricsRegistry });
      defaultMetrics = true;
    }
    return {
      module: ObservabilityModule,
      imports: [TracesModule],
      controllers: [MetricsController],
      providers: [GraphqlMetricsPlugin, DbPoolMetrics, MetricsListener, HttpMetricsMiddleware],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(HttpMetricsMiddleware).forRoutes('*path');
  }
}
