import { z } from 'zod';

const httpUrl = z
  .string()
  .url()
  .refine((url) => /^https?:\/\//.test(url), 'an http:// or https:// URL');

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

/**
 * The environment variables of metrics and traces (ADR 0047, README "Metrics and traces"), part
 * of the configuration schema in `config.ts`. The OTEL_* ones are OpenTelemetry's standard
 * names: the SDK reads them itself (`apps/api/src/tracing.ts`); they are validated here so that
 * a bad value stops the API with a message naming it.
 */
export const observabilityEnv = {
  /** Collect Prometheus metrics and serve them (see METRICS_TOKEN, METRICS_PORT). */
  METRICS_ENABLED: booleanFromEnv.default('true'),
  /**
   * Bearer token a scraper must send (`Authorization: Bearer …`). Set, it is required on every
   * listener; on the API's own port it is also what lets /metrics be served in production.
   */
  METRICS_TOKEN: z
    .string()
    .regex(/^\S{16,}$/, 'at least 16 characters, no spaces')
    .optional(),
  /** Serve /metrics on a listener of its own, on this port, and never on the API's port. */
  METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** The address of that listener (default: HOST). */
  METRICS_HOST: z.string().min(1).optional(),
  /** OTLP/HTTP collector (`http://collector:4318`): traces are exported there when set. */
  OTEL_EXPORTER_OTLP_ENDPOINT: httpUrl.optional(),
  /** The traces' own endpoint, full path (`http://collector:4318/v1/traces`); wins over the above. */
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: httpUrl.optional(),
  /** The `service.name` of the spans. */
  OTEL_SERVICE_NAME: z.string().min(1).default('alianza-api'),
};

type ObservabilityEnv = z.infer<z.ZodObject<typeof observabilityEnv>>;

/** Metrics and traces (ADR 0047). */
export interface ObservabilityConfig {
  readonly metrics: {
    readonly enabled: boolean;
    /** METRICS_TOKEN: when set, a scrape without it is refused (401). */
    readonly token: string | undefined;
    /** A listener of its own (METRICS_PORT), or undefined. */
    readonly listener: { readonly host: string; readonly port: number } | undefined;
    /**
     * Whether the API's own port answers /metrics: not when METRICS_PORT is set; in production
     * only with METRICS_TOKEN (the port faces the internet).
     */
    readonly onApiPort: boolean;
  };
  readonly tracing: {
    /** Where spans go (OTLP/HTTP); undefined: no tracing, nothing of OpenTelemetry loaded. */
    readonly endpoint: string | undefined;
    readonly serviceName: string;
  };
}

export function observabilityConfig(c: ObservabilityEnv & { HOST: string; NODE_ENV: string }): {
  observability: ObservabilityConfig;
} {
  const enabled = c.METRICS_ENABLED;
  return {
    observability: {
      metrics: {
        enabled,
        token: c.METRICS_TOKEN,
        listener:
          enabled && c.METRICS_PORT !== undefined
            ? { host: c.METRICS_HOST ?? c.HOST, port: c.METRICS_PORT }
            : undefined,
        onApiPort:
          enabled &&
          c.METRICS_PORT === undefined &&
          (c.NODE_ENV !== 'production' || c.METRICS_TOKEN !== undefined),
      },
      tracing: {
        endpoint: c.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? c.OTEL_EXPORTER_OTLP_ENDPOINT,
        serviceName: c.OTEL_SERVICE_NAME,
      },
    },
  };
}

/** Problems of a combination of these variables (each line names the variable). */
export function observabilityProblems(c: ObservabilityEnv & { PORT: number }): string[] {
  const problems: string[] = [];
  if (c.METRICS_PORT !== undefined && c.METRICS_PORT === c.PORT)
    problems.push('  METRICS_PORT: must differ from PORT (the API listens there)');
  if (c.METRICS_HOST !== undefined && c.METRICS_PORT === undefined)
    problems.push('  METRICS_HOST: only with METRICS_PORT');
  return problems;
}
