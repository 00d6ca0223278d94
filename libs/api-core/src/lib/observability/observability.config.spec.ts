import { loadConfig } from '../config';

const PRODUCTION = {
  NODE_ENV: 'production',
  DATABASE_URL: 'postgres://api:p@db:5432/alianza',
  DATABASE_OWNER_URL: 'postgres://owner:p@db:5432/alianza',
  AUDIT_KEY: 'the production audit key: 32 characters or more',
  TWO_FACTOR_KEY: 'the production two-factor key: 32 characters or more',
  FILES_MASTER_KEY: Buffer.alloc(32, 7).toString('base64'),
};
const TOKEN = 'a-scrape-token-of-2026';

describe('the observability configuration', () => {
  it('serves metrics on the API port outside production, and traces nothing, by default', () => {
    expect(loadConfig({}).observability).toEqual({
      metrics: { enabled: true, token: undefined, listener: undefined, onApiPort: true },
      tracing: { endpoint: undefined, serviceName: 'alianza-api' },
    });
  });

  it('keeps /metrics off the API port in production unless a token guards it', () => {
    expect(loadConfig(PRODUCTION).observability.metrics.onApiPort).toBe(false);
    expect(loadConfig({ ...PRODUCTION, METRICS_TOKEN: TOKEN }).observability.metrics).toEqual({
      enabled: true,
      token: TOKEN,
      listener: undefined,
      onApiPort: true,
    });
  });

  it('moves /metrics to METRICS_PORT, on HOST unless METRICS_HOST says otherwise', () => {
    expect(loadConfig({ METRICS_PORT: '9464' }).observability.metrics).toMatchObject({
      listener: { host: '0.0.0.0', port: 9464 },
      onApiPort: false,
    });
    expect(
      loadConfig({ METRICS_PORT: '9464', METRICS_HOST: '10.0.0.5' }).observability.metrics.listener,
    ).toEqual({ host: '10.0.0.5', port: 9464 });
  });

  it('serves nothing when metrics are off', () => {
    expect(
      loadConfig({ METRICS_ENABLED: 'false', METRICS_PORT: '9464' }).observability.metrics,
    ).toMatchObject({ enabled: false, listener: undefined, onApiPort: false });
  });

  it('names each bad variable', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN: at least 16/);
    expect(() => loadConfig({ METRICS_TOKEN: 'has spaces in the token' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_PORT: '3000' })).toThrow(/METRICS_PORT: must differ/);
    expect(() => loadConfig({ METRICS_HOST: '127.0.0.1' })).toThrow(/METRICS_HOST: only with/);
    expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT/,
    );
  });

  it('traces to the traces endpoint when set, else the general one', () => {
    expect(
      loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318', OTEL_SERVICE_NAME: 'api-eu' })
        .observability.tracing,
    ).toEqual({ endpoint: 'http://c:4318', serviceName: 'api-eu' });
    expect(
      loadConfig({
        OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://t:4318/v1/traces',
      }).observability.tracing.endpoint,
    ).toBe('http://t:4318/v1/traces');
  });

  it('never prints the token', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).not.toThrow(/short/);
  });
});
