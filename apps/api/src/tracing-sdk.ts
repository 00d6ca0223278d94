import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { ExpressInstrumentation, ExpressLayerType } from '@opentelemetry/instrumentation-express';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { NodeSDK } from '@opentelemetry/sdk-node';
import type { IncomingMessage } from 'node:http';

/** Probes and scrapes: every few seconds, nothing to learn from their traces. */
const UNTRACED = /^\/(health|metrics)(\/|\?|$)/;

/**
 * The tracing SDK: spans of HTTP requests, Express routes, GraphQL operations and resolvers, and
 * SQL statements, batched to the OTLP/HTTP endpoint (JSON), with OpenTelemetry's environment
 * variables for the rest (OTEL_SERVICE_NAME, OTEL_TRACES_SAMPLER and _ARG, OTEL_EXPORTER_OTLP_HEADERS,
 * OTEL_BSP_*). Only traces: no OpenTelemetry metrics or logs (metrics are Prometheus', logs are
 * pino's, with the trace id).
 */
export function startTracing(): NodeSDK {
  const sdk = new NodeSDK({
    serviceName: process.env['OTEL_SERVICE_NAME'] || 'alianza-api',
    traceExporter: new OTLPTraceExporter(),
    metricReaders: [],
    logRecordProcessors: [],
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request: IncomingMessage) => UNTRACED.test(request.url ?? ''),
      }),
      // Routes and handlers; not each middleware (cookies, session, …), which would add a span
      // per request per middleware for little.
      new ExpressInstrumentation({ ignoreLayersType: [ExpressLayerType.MIDDLEWARE] }),
      // One span per operation (parse, validate, execute) and per resolver that is not a plain
      // property read; a list's items merged.
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, mergeItems: true }),
      // Statements within a traced request only (no root spans for each sweep's queries), and
      // never their parameters (they carry document contents and secrets).
      new PgInstrumentation({
        requireParentSpan: true,
        enhancedDatabaseReporting: false,
        ignoreConnectSpans: true,
      }),
    ],
  });
  sdk.start();
  return sdk;
}
