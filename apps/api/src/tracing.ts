/**
 * OpenTelemetry traces (ADR 0047), loaded by `main.ts` before anything else, so that http,
 * express, graphql and pg are patched before the application requires them. Started only when an
 * OTLP endpoint is configured (OTEL_EXPORTER_OTLP_ENDPOINT or OTEL_EXPORTER_OTLP_TRACES_ENDPOINT,
 * OpenTelemetry's standard variables; `loadConfig` validates them): otherwise nothing of the SDK
 * is even loaded. Kept free of imports: whatever it imported would load before the patches.
 */
const endpoint =
  process.env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'] || process.env['OTEL_EXPORTER_OTLP_ENDPOINT'];
if (endpoint && process.env['OTEL_SDK_DISABLED'] !== 'true') {
  const { startTracing } = require('./tracing-sdk') as typeof import('./tracing-sdk');
  startTracing();
}
