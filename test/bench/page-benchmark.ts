/*
 * What the read benchmarks of one web-app page share (bench:queue, bench:items): a throwaway
 * database with the base seed, the API and a bare server side by side, the page's document
 * measured at a small and then a large size of the data, beside the API's floor (the same
 * session asking for `{ __typename }`), and the figures written out.
 */
import { Client, Pool } from 'pg';
import {
  Api,
  BareServer,
  CONNECTIONS,
  createDatabase,
  DURATION,
  FLOOR_BODY,
  Figures,
  graphql,
  loadAverage,
  login,
  measure,
  ORGANIZATIONS,
  ratio,
  seedBase,
  startApi,
  startBareServer,
  writeResults,
} from './support';

export interface PageBenchmark<T> {
  /** `.data/bench/<name>.json`, and the database's name. */
  name: string;
  /** What a size counts ("requests", "items"), in the printed lines and the results' keys. */
  unit: string;
  sizes: [number, number];
  pageSize: number;
  /** The web app's document and its variables (organization ids come from `bench_org`). */
  query: string;
  variables: (db: Client) => Promise<Record<string, unknown>>;
  /** Who asks for the page. */
  email: string;
  /** Seeds what the base seed lacks, once. */
  seedContext?: (db: Client) => Promise<void>;
  /** Seeds the rows [from, to) of the measured size. */
  seed: (db: Client, from: number, to: number) => Promise<void>;
  /** The bare server's answer, from the same reads in hand-written SQL. */
  bare: (pool: Pool, variables: Record<string, unknown>) => Promise<unknown>;
  /** Throws unless the API's answer at `size` is the full page the benchmark means to measure. */
  check: (answer: T, size: number) => void;
  target: string;
}

/** Seeds, starts both servers, measures each size and writes the results. */
export async function runPageBenchmark<T>(bench: PageBenchmark<T>): Promise<void> {
  const loadBefore = loadAverage();
  const db = await createDatabase(bench.name);
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const results: Record<string, unknown> = {
    organizations: ORGANIZATIONS,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    page: bench.pageSize,
  };
  let api: Api | undefined;
  let bare: BareServer | undefined;
  try {
    console.log('Seeding…');
    await seedBase(client);
    await bench.seedContext?.(client);
    const variables = await bench.variables(client);
    api = await startApi(db);
    bare = await startBareServer(db, (_body, pool) => bench.bare(pool, variables));
    const token = await login(api.baseUrl, bench.email);
    const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
    const body = JSON.stringify({ query: bench.query, variables });
    const check = (_status: number, answer: string) => !answer.includes('"errors"');
    let seeded = 0;
    for (const size of bench.sizes) {
      await bench.seed(client, seeded, size);
      seeded = size;
      bench.check(await graphql<T>(api.baseUrl, bench.query, variables, token), size);
      console.log(`\n${size} ${bench.unit}: measuring (${DURATION}s each)…`);
      const url = `${api.baseUrl}/graphql`;
      await measure({ url, headers, body, check }); // warm-up
      const apiFigures = await measure({ url, headers, body, check, cpuOf: [api] });
      const bareFigures = await measure({
        url: bare.baseUrl,
        headers: { 'content-type': 'application/json' },
        body,
        check,
      });
      const floorFigures = await measure({ url, headers, body: FLOOR_BODY, check, cpuOf: [api] });
      results[`${bench.unit}_${size}`] = {
        api: apiFigures,
        bare: bareFigures,
        apiFloor: floorFigures,
        throughputRatio: ratio(apiFigures.requestsPerSecond, bareFigures.requestsPerSecond),
        floorRatio: ratio(floorFigures.requestsPerSecond, bareFigures.requestsPerSecond),
      };
      console.table({ api: apiFigures, bare: bareFigures, 'api floor': floorFigures });
    }
    const [smallSize, largeSize] = bench.sizes;
    const small = results[`${bench.unit}_${smallSize}`] as { api: Figures };
    const large = results[`${bench.unit}_${largeSize}`] as {
      api: Figures;
      throughputRatio: number;
    };
    results['summary'] = {
      throughputRatioAtLarge: large.throughputRatio,
      floorRatioAtLarge: (results[`${bench.unit}_${largeSize}`] as { floorRatio: number })
        .floorRatio,
      p50GrowthSmallToLarge: ratio(large.api.p50, small.api.p50),
      targets: { throughputRatio: bench.target },
    };
    console.log('\nSummary:', results['summary']);
  } finally {
    await client.end();
    await api?.stop();
    await bare?.stop();
    await db.stop();
  }
  results['loadAverage'] = { before: loadBefore, after: loadAverage() };
  writeResults(bench.name, results);
}
