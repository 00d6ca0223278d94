import { Counter, Gauge, Histogram, Registry } from 'prom-client';

/**
 * The API process's metrics (ADR 0047): one registry, served at /metrics by libs/observability.
 * Each part of the API reports its own figures here (sweeps below, the mail queue in libs/mail,
 * the audit outbox in libs/audit, live sockets in the app): none reads another's tables.
 */
export const metricsRegistry = new Registry();

/** The longest a figure read on scrape (a count in the database) may take. */
const COLLECT_TIMEOUT_MS = 2_000;

const collectFailures = new Counter({
  name: 'alianza_metrics_collect_failures_total',
  help: 'Figures that could not be read for a scrape (left out of it), by metric.',
  labelNames: ['metric'],
  registers: [metricsRegistry],
});

/** Runs of the background sweeps (`startPeriodic`): how many, how long, how many failed. */
export const sweepMetrics = {
  runs: new Counter({
    name: 'alianza_sweep_runs_total',
    help: 'Runs of a background sweep, by sweep and outcome (ok, failed).',
    labelNames: ['sweep', 'outcome'],
    registers: [metricsRegistry],
  }),
  duration: new Histogram({
    name: 'alianza_sweep_duration_seconds',
    help: 'Duration of a background sweep run, by sweep.',
    labelNames: ['sweep'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [metricsRegistry],
  }),
};

/** Times one run of `sweep`, counting it as ok or failed (the error is passed on). */
export async function measureSweep<T>(sweep: string, run: () => Promise<T>): Promise<T> {
  const end = sweepMetrics.duration.startTimer({ sweep });
  try {
    const result = await run();
    sweepMetrics.runs.inc({ sweep, outcome: 'ok' });
    return result;
  } catch (error) {
    sweepMetrics.runs.inc({ sweep, outcome: 'failed' });
    throw error;
  } finally {
    end();
  }
}

type Reading = number | Record<string, number>;

function setReading(gauge: Gauge, label: string | undefined, value: Reading): void {
  if (typeof value === 'number') gauge.set(value);
  else for (const [key, n] of Object.entries(value)) gauge.set({ [label ?? 'value']: key }, n);
}

function withTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), COLLECT_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * A gauge read when Prometheus scrapes: `read` answers its value per value of `label` (or one
 * number, without a label). A read that fails or takes over 2 s leaves the gauge out of that
 * scrape and counts in `alianza_metrics_collect_failures_total`; the scrape itself answers.
 * Registering the same name again replaces the earlier gauge (one application per process; tests
 * boot several in turn).
 */
export function gaugeOnScrape(options: {
  name: string;
  help: string;
  label?: string;
  read: () => Reading | Promise<Reading>;
}): void {
  const { name, help, label, read } = options;
  metricsRegistry.removeSingleMetric(name);
  new Gauge({
    name,
    help,
    labelNames: label ? [label] : [],
    registers: [metricsRegistry],
    async collect() {
      this.reset();
      try {
        // After the figures read synchronously from memory (the pool's, see `gaugeNow`): they
        // must not count the connections this scrape's own queries ask for.
        await new Promise((resolve) => setImmediate(resolve));
        setReading(this, label, await withTimeout(Promise.resolve(read())));
      } catch {
        collectFailures.inc({ metric: name });
      }
    },
  });
}

/**
 * A gauge read from memory, synchronously, when Prometheus scrapes: before any `gaugeOnScrape`
 * reads, so that it sees the process as it was when the scrape came. Replaces a gauge of the same
 * name, like `gaugeOnScrape`.
 */
export function gaugeNow(options: {
  name: string;
  help: string;
  label?: string;
  read: () => Reading;
}): void {
  const { name, help, label, read } = options;
  metricsRegistry.removeSingleMetric(name);
  new Gauge({
    name,
    help,
    labelNames: label ? [label] : [],
    registers: [metricsRegistry],
    collect() {
      this.reset();
      try {
        setReading(this, label, read());
      } catch {
        collectFailures.inc({ metric: name });
      }
    },
  });
}
