import { createServer, Server } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { Api } from '../support/api';
import { openLiveSocket } from '../support/live-socket';
import { ApiProcess, freePort, startApiProcess, waitFor } from '../support/servers';

/**
 * Metrics and traces (ADR 0047) on real API processes: Prometheus scrapes /metrics (with the
 * token it needs, on the port it is served on), and a real OTLP/HTTP receiver, started here,
 * collects the spans the API exports.
 */

const TOKEN = 'observability-test-token-2026';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** Prometheus' text format, as a scraper reads it (comments skipped). */
function parseMetrics(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})?\s+(\S+)$/.exec(line);
    if (!match) continue;
    const labels: Record<string, string> = {};
    for (const [, key, value] of (match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g))
      labels[key as string] = value as string;
    samples.push({ name: match[1] as string, labels, value: Number(match[3]) });
  }
  return samples;
}

function value(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v),
  );
  if (found.length === 0) throw new Error(`No sample ${name} ${JSON.stringify(labels)}`);
  return found.reduce((sum, s) => sum + s.value, 0);
}

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  scope: string;
  attributes: { key: string; value: Record<string, unknown> }[];
}

/** An OTLP/HTTP receiver (JSON encoding): what an OpenTelemetry collector listens to. */
async function startOtlpReceiver(): Promise<{ url: string; spans: OtlpSpan[]; server: Server }> {
  const spans: OtlpSpan[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces') {
        res.writeHead(404).end();
        return;
      }
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      const payload = JSON.parse(body.toString('utf8')) as {
        resourceSpans: { scopeSpans: { scope: { name: string }; spans: OtlpSpan[] }[] }[];
      };
      for (const resource of payload.resourceSpans)
        for (const scoped of resource.scopeSpans)
          for (const span of scoped.spans) spans.push({ ...span, scope: scoped.scope.name });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', () => resolve()));
  return { url: `http://127.0.0.1:${port}`, spans, server };
}

const attribute = (span: OtlpSpan, key: string): unknown => {
  const found = span.attributes.find((a) => a.key === key)?.value;
  return found ? Object.values(found)[0] : undefined;
};

describe('metrics and traces', () => {
  let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
  let traced: ApiProcess;
  let separate: ApiProcess;
  let metricsPort: number;

  beforeAll(async () => {
    receiver = await startOtlpReceiver();
    metricsPort = await freePort();
    [traced, separate] = await Promise.all([
      // /metrics on the API's port behind a token; traces to the receiver.
      startApiProcess('observability', {
        METRICS_TOKEN: TOKEN,
        OTEL_EXPORTER_OTLP_ENDPOINT: receiver.url,
        OTEL_SERVICE_NAME: 'alianza-api-test',
        OTEL_BSP_SCHEDULE_DELAY: '100',
        EXPIRY_SWEEP_SECONDS: '1',
        AUDIT_CHAIN_SWEEP_SECONDS: '1',
      }),
      // /metrics on a port of its own, and only there.
      startApiProcess('observability-port', {
        METRICS_TOKEN: TOKEN,
        METRICS_PORT: String(metricsPort),
        METRICS_HOST: '127.0.0.1',
      }),
    ]);
  }, 240_000);

  afterAll(async () => {
    await Promise.all([traced?.stop(), separate?.stop()]);
    receiver?.server.closeAllConnections();
    await new Promise((resolve) => receiver?.server.close(resolve));
  });

  const scrape = async (url = `${traced.url}/metrics`) => {
    const res = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    return parseMetrics(await res.text());
  };

  describe('access to /metrics', () => {
    it('refuses a scrape without the token, or with another one', async () => {
      const without = await fetch(`${traced.url}/metrics`);
      expect(without.status).toBe(401);
      expect(without.headers.get('www-authenticate')).toBe('Bearer');
      const wrong = await fetch(`${traced.url}/metrics`, {
        headers: { authorization: `Bearer ${TOKEN}x` },
      });
      expect(wrong.status).toBe(401);
      expect(await wrong.text()).toBe('');
    });

    it('serves metrics on METRICS_PORT only, with the token, and nothing else there', async () => {
      expect((await fetch(`${separate.url}/metrics`)).status).toBe(404);
      const metricsUrl = `http://127.0.0.1:${metricsPort}`;
      expect((await fetch(`${metricsUrl}/metrics`)).status).toBe(401);
      const other = await fetch(`${metricsUrl}/graphql`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(other.status).toBe(404);
      const samples = await scrape(`${metricsUrl}/metrics`);
      expect(value(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    });
  });

  describe('metrics', () => {
    it('times each GraphQL operation by name and type, and counts errors by code', async () => {
      const api = new Api(traced.url);
      const user = await api.user('observer');
      for (let i = 0; i < 3; i++)
        await api.ok(`query ObservabilityMe { me { id email } }`, {}, user);
      const broken = await api.gql(`query ObservabilityBroken { me { noSuchField } }`);
      expect(broken.errors?.[0]?.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      // A client-chosen name that is no GraphQL name is no label of its own.
      await api.http
        .post('/graphql')
        .set('content-type', 'application/json')
        .send({ query: '{', operationName: 'drop table users; --' });

      const samples = await scrape();
      const me = { operation: 'ObservabilityMe', type: 'query' };
      expect(value(samples, 'alianza_graphql_operation_duration_seconds_count', me)).toBe(3);
      const seconds = value(samples, 'alianza_graphql_operation_duration_seconds_sum', me);
      expect(seconds).toBeGreaterThan(0);
      expect(seconds).toBeLessThan(30);
      expect(
        value(samples, 'alianza_graphql_operation_errors_total', {
          operation: 'ObservabilityBroken',
          type: 'query',
          code: 'GRAPHQL_VALIDATION_FAILED',
        }),
      ).toBe(1);
      expect(samples.some((s) => s.labels['operation']?.includes('drop'))).toBe(false);
      expect(
        value(samples, 'alianza_graphql_operation_errors_total', {
          operation: 'other',
          code: 'GRAPHQL_PARSE_FAILED',
        }),
      ).toBe(1);
      // HTTP requests by route pattern, never by path.
      expect(
        value(samples, 'alianza_http_request_duration_seconds_count', {
          method: 'POST',
          route: '/graphql',
          status: '200',
        }),
      ).toBeGreaterThanOrEqual(5);
    });

    it('reads the database pool, the queues and the live sockets on each scrape', async () => {
      const api = new Api(traced.url);
      const user = await api.user('socket-holder');
      const opened = await openLiveSocket(traced.url, { token: user.token });
      expect(opened.kind).toBe('acknowledged');
      try {
        const samples = await scrape();
        const inUse = value(samples, 'alianza_db_pool_connections', { state: 'in_use' });
        const idle = value(samples, 'alianza_db_pool_connections', { state: 'idle' });
        const max = value(samples, 'alianza_db_pool_max_connections');
        expect(inUse).toBeGreaterThanOrEqual(0);
        expect(idle).toBeGreaterThanOrEqual(1);
        expect(inUse + idle).toBeLessThanOrEqual(max);
        expect(value(samples, 'alianza_db_pool_waiting_requests')).toBe(0);
        expect(value(samples, 'alianza_websocket_connections')).toBe(1);
        // Read under the jobs' claims (the API role reads neither table otherwise).
        for (const status of ['queued', 'sending', 'failed'])
          expect(value(samples, 'alianza_mail_queue_messages', { status })).toBeGreaterThanOrEqual(
            0,
          );
        expect(value(samples, 'alianza_audit_outbox_chains_waiting')).toBeGreaterThanOrEqual(0);
        expect(samples.some((s) => s.name === 'alianza_metrics_collect_failures_total')).toBe(
          false,
        );
        expect(value(samples, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
      } finally {
        if (opened.kind === 'acknowledged') opened.live.close();
      }
    });

    it('counts and times the background sweeps', async () => {
      let samples: Awaited<ReturnType<typeof scrape>> = [];
      await waitFor(async () => {
        samples = await scrape();
        return (
          samples.find(
            (s) => s.name === 'alianza_sweep_runs_total' && s.labels['sweep'] === 'ExpirySweeper',
          )?.value !== undefined
        );
      }, 15_000);
      for (const sweep of ['ExpirySweeper', 'AuditChainSweeper']) {
        const runs = value(samples, 'alianza_sweep_runs_total', { sweep, outcome: 'ok' });
        expect(runs).toBeGreaterThanOrEqual(1);
        expect(value(samples, 'alianza_sweep_duration_seconds_count', { sweep })).toBe(runs);
        expect(value(samples, 'alianza_sweep_duration_seconds_sum', { sweep })).toBeLessThan(
          runs * 10,
        );
      }
    });
  });

  describe('traces', () => {
    it('exports one connected trace per request: HTTP, then GraphQL, then SQL; logs carry its id', async () => {
      const api = new Api(traced.url);
      const user = await api.user('traced');
      await api.ok(`query ObservabilityTrace { me { id email } }`, {}, user);

      let execute: OtlpSpan | undefined;
      await waitFor(async () => {
        execute = receiver.spans.find(
          (s) => attribute(s, 'graphql.operation.name') === 'ObservabilityTrace',
        );
        return execute !== undefined;
      }, 15_000);
      const traceId = (execute as OtlpSpan).traceId;
      expect(traceId).toMatch(/^[0-9a-f]{32}$/);
      // The rest of the trace may come in the next batch.
      let trace: OtlpSpan[] = [];
      await waitFor(async () => {
        trace = receiver.spans.filter((s) => s.traceId === traceId);
        return trace.some((s) => s.scope.includes('instrumentation-pg'));
      }, 15_000);
      const byId = new Map(trace.map((s) => [s.spanId, s]));
      const ancestors = (span: OtlpSpan): OtlpSpan[] => {
        const chain: OtlpSpan[] = [];
        for (let p = span.parentSpanId; p && byId.has(p); p = byId.get(p)?.parentSpanId)
          chain.push(byId.get(p) as OtlpSpan);
        return chain;
      };

      // One root: the HTTP server span (kind SERVER = 2) of POST /graphql.
      const roots = trace.filter((s) => !s.parentSpanId);
      expect(roots).toHaveLength(1);
      const root = roots[0] as OtlpSpan;
      expect(root.kind).toBe(2);
      expect(root.scope).toContain('instrumentation-http');
      expect(ancestors(execute as OtlpSpan).at(-1)).toBe(root);
      // SQL statements under the GraphQL operation's resolver, in the same trace.
      const sqlUnderGraphql = trace.filter(
        (s) =>
          s.scope.includes('instrumentation-pg') &&
          ancestors(s).some((a) => a.scope.includes('instrumentation-graphql')) &&
          ancestors(s).at(-1) === root,
      );
      expect(sqlUnderGraphql.length).toBeGreaterThan(0);
      expect(
        sqlUnderGraphql.every(
          (s) =>
            attribute(s, 'db.system') === 'postgresql' ||
            attribute(s, 'db.system.name') === 'postgresql',
        ),
      ).toBe(true);
      // No statement's parameters in a span.
      expect(JSON.stringify(trace)).not.toContain(user.password);

      expect(traced.log()).toContain(
        `Traces of alianza-api-test go to ${new URL(receiver.url).host} (OTLP)`,
      );
      // The request's log line names the trace.
      await waitFor(async () => traced.log().includes(`"trace_id":"${traceId}"`), 5_000);
      const line = traced
        .log()
        .split('\n')
        .find((l) => l.includes(`"trace_id":"${traceId}"`) && l.includes('"/graphql"'));
      expect(line).toBeDefined();
      expect(JSON.parse(line as string)).toMatchObject({
        trace_id: traceId,
        span_id: expect.stringMatching(/^[0-9a-f]{16}$/),
      });
    });

    it('traces no health probe', async () => {
      await fetch(`${traced.url}/health/ready`);
      await new Promise((r) => setTimeout(r, 500));
      expect(
        receiver.spans.some((s) =>
          /\/health/.test(String(attribute(s, 'url.path') ?? attribute(s, 'http.target') ?? '')),
        ),
      ).toBe(false);
    });
  });
});
