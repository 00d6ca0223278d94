import { gaugeNow, gaugeOnScrape, measureSweep, metricsRegistry } from './metrics';

async function sample(
  name: string,
  labels: Record<string, string> = {},
): Promise<number | undefined> {
  const metric = metricsRegistry.getSingleMetric(name);
  if (!metric) return undefined;
  const { values } = await metric.get();
  return values.find((v) =>
    Object.entries(labels).every(([k, l]) => (v.labels as Record<string, unknown>)[k] === l),
  )?.value;
}

describe('metrics', () => {
  it('counts and times each sweep run, ok or failed, and passes the error on', async () => {
    await expect(measureSweep('SpecSweep', async () => 3)).resolves.toBe(3);
    await expect(
      measureSweep('SpecSweep', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await sample('alianza_sweep_runs_total', { sweep: 'SpecSweep', outcome: 'ok' })).toBe(1);
    expect(
      await sample('alianza_sweep_runs_total', { sweep: 'SpecSweep', outcome: 'failed' }),
    ).toBe(1);
    const text = await metricsRegistry.metrics();
    expect(text).toContain('alianza_sweep_duration_seconds_count{sweep="SpecSweep"} 2');
  });

  it('reads a gauge on scrape, by label, and replaces one registered again', async () => {
    gaugeOnScrape({ name: 'spec_depth', help: 'h', label: 'status', read: async () => ({ a: 1 }) });
    gaugeOnScrape({
      name: 'spec_depth',
      help: 'h',
      label: 'status',
      read: async () => ({ a: 2, b: 5 }),
    });
    const text = await metricsRegistry.metrics();
    expect(text).toContain('spec_depth{status="a"} 2');
    expect(text).toContain('spec_depth{status="b"} 5');
  });

  it('leaves a figure that cannot be read out of the scrape, and counts it', async () => {
    gaugeOnScrape({
      name: 'spec_broken',
      help: 'h',
      label: 'status',
      read: async () => {
        throw new Error('database down');
      },
    });
    expect(await metricsRegistry.metrics()).not.toMatch(/^spec_broken\{/m);
    // Counted as it fails: seen from the next scrape on.
    const text = await metricsRegistry.metrics();
    expect(text).not.toMatch(/^spec_broken\{/m);
    expect(text).toContain('alianza_metrics_collect_failures_total{metric="spec_broken"} 1');
  });

  it('reads in-memory gauges before the ones that query', async () => {
    const order: string[] = [];
    gaugeOnScrape({
      name: 'spec_queried',
      help: 'h',
      read: async () => (order.push('queried'), 1),
    });
    gaugeNow({ name: 'spec_memory', help: 'h', read: () => (order.push('memory'), 1) });
    await metricsRegistry.metrics();
    expect(order).toEqual(['memory', 'queried']);
  });
});
