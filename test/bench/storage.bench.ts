/*
 * Benchmark (not a test): memory of a 50 MB document through DocumentStore (ADR 0029).
 *
 * Writes BENCH_STORAGE_MB (default 50) MB of random bytes to a file, then measures, each in a
 * fresh Node process (so that one run's garbage does not count in the next), the peak growth of
 * the resident set size (RSS) over the process's settled size while:
 * 1. baseline: piping the file to another file, as plain streams do;
 * 2. write: `DocumentStore.write` of the file, read as a stream, on a local folder (encrypted);
 * 3. read: `DocumentStore.read` of it, piped to a file (decrypted, authenticated).
 * The read's SHA-256 must be the original's, or the benchmark fails. Streaming keeps memory
 * flat: write and read should grow about as much as the baseline, far below the document's size.
 * Prints the figures; writes .data/bench/storage.json.
 *
 *   node -r @swc-node/register test/bench/storage.bench.ts
 *   BENCH_STORAGE_MB=200 node -r @swc-node/register test/bench/storage.bench.ts
 */
import { spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { DocumentStore, LocalFolderStore } from '@alianza/storage';
import { run, writeResults } from './support';

const MB = 1024 * 1024;
const SIZE_MB = Number(process.env.BENCH_STORAGE_MB ?? 50);
const COLLABORATION = '00000000-0000-4000-8000-00000000d0c5';
const FILE_ID = 'bench-document';
/** Fixed, so that the write and the read (separate processes) use one key. */
const KEY = createHash('sha256').update('storage benchmark key, not a secret').digest();
const SCENARIOS = ['baseline', 'write', 'read'] as const;
type Scenario = (typeof SCENARIOS)[number];

interface Measured {
  scenario: Scenario;
  settledRssMb: number;
  peakGrowthMb: number;
  seconds: number;
  mbPerSecond: number;
  sha256?: string;
}

const mb = (bytes: number) => +(bytes / MB).toFixed(1);

/** A stream of `size` random bytes, in 64 KiB chunks. */
function randomContent(size: number): Readable {
  let left = size;
  return new Readable({
    read() {
      const n = Math.min(64 * 1024, left);
      left -= n;
      this.push(n > 0 ? randomBytes(n) : null);
    },
  });
}

function hashing(hash: ReturnType<typeof createHash>): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
}

/** One scenario, in this (child) process: peak RSS over the settled RSS while it runs. */
async function measureScenario(scenario: Scenario, dir: string): Promise<Measured> {
  const documents = new DocumentStore(new LocalFolderStore(join(dir, 'store')));
  const key = { collaborationId: COLLABORATION, key: KEY };
  const source = join(dir, 'source.bin');
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  await new Promise((settle) => setTimeout(settle, 200));
  gc?.();
  const settled = process.memoryUsage().rss;
  let peak = settled;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const sampler = setInterval(sample, 5);
  const started = process.hrtime.bigint();
  let sha256: string | undefined;
  if (scenario === 'baseline') {
    await pipeline(createReadStream(source), createWriteStream(join(dir, 'copy.bin')));
  } else if (scenario === 'write') {
    sha256 = (
      await documents.write(key, FILE_ID, createReadStream(source), {
        limitBytes: SIZE_MB * MB,
      })
    ).sha256;
  } else {
    const hash = createHash('sha256');
    await pipeline(
      await documents.read(key, FILE_ID),
      hashing(hash),
      createWriteStream(join(dir, 'read.bin')),
    );
    sha256 = hash.digest('hex');
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  sample();
  return {
    scenario,
    settledRssMb: mb(settled),
    peakGrowthMb: mb(peak - settled),
    seconds: +seconds.toFixed(2),
    mbPerSecond: +(SIZE_MB / seconds).toFixed(1),
    sha256,
  };
}

async function main(): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'alianza-bench-storage-'));
  try {
    const original = createHash('sha256');
    await pipeline(
      randomContent(SIZE_MB * MB),
      hashing(original),
      createWriteStream(join(dir, 'source.bin')),
    );
    const expected = original.digest('hex');
    const results: Measured[] = [];
    for (const scenario of SCENARIOS) {
      const child = spawnSync(
        process.execPath,
        ['--expose-gc', '-r', '@swc-node/register', __filename, scenario, dir],
        { encoding: 'utf8', env: process.env },
      );
      if (child.status !== 0)
        throw new Error(`${scenario} failed:\n${child.stdout}\n${child.stderr}`);
      const measured = JSON.parse(child.stdout.trim().split('\n').pop() ?? '') as Measured;
      if (measured.sha256 !== undefined && measured.sha256 !== expected)
        throw new Error(`${scenario}: SHA-256 ${measured.sha256}, expected ${expected}`);
      results.push(measured);
    }
    const baseline = results[0]!.peakGrowthMb;
    console.log(`\nA ${SIZE_MB} MB document, peak RSS growth over the settled process:`);
    for (const r of results)
      console.log(
        `  ${r.scenario.padEnd(8)} +${String(r.peakGrowthMb).padStart(6)} MB  (settled ${r.settledRssMb} MB; ${r.seconds} s, ${r.mbPerSecond} MB/s)`,
      );
    const worst = Math.max(...results.map((r) => r.peakGrowthMb));
    console.log(
      `  worst growth ${worst} MB = ${((worst / SIZE_MB) * 100).toFixed(0)}% of the document (baseline ${baseline} MB)\n`,
    );
    writeResults('storage', { documentMb: SIZE_MB, results });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const [scenario, dir] = process.argv.slice(2);
if (scenario && dir && (SCENARIOS as readonly string[]).includes(scenario)) {
  measureScenario(scenario as Scenario, dir)
    .then((measured) => console.log(JSON.stringify(measured)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
} else {
  run(main);
}
