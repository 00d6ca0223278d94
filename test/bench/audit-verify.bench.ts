/*
 * Benchmark (not a test): verifying a collaboration's audit chain of one million records.
 *
 * Writes BENCH_AUDIT_RECORDS (default 1,000,000) keyed records into one chain — MACs computed
 * here, rows sent as multi-row INSERTs of 10,000 — then measures, with the application's own
 * AuditService: a full verification (every record read in keyset batches, every MAC
 * recomputed), and an incremental one after 1,000 more records were appended through
 * `AuditService.append`. Prints seconds and records/s; writes .data/bench/audit-verify.json.
 *
 *   npm run bench:audit                            # embedded PostgreSQL, 1M records
 *   BENCH_AUDIT_RECORDS=100000 npm run bench:audit # a smaller run
 *   DATABASE_URL=postgres://… npm run bench:audit
 */
import 'reflect-metadata';
import {
  AuditCheckpointService,
  AuditContent,
  AuditKeyring,
  AuditRecordEntity,
  AuditService,
  FileCheckpointSink,
  GENESIS_HASH,
  recordMac,
} from '@alianza/audit';
import { dataSourceOptions, Db, startEmbeddedPostgres } from '@alianza/db';
import { Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';

const ROOT = resolve(__dirname, '../..');
const RECORDS = Number(process.env.BENCH_AUDIT_RECORDS ?? 1_000_000);
const APPENDED = 1_000;
const INSERT_BATCH = 10_000;
const PORT = 54341;
const KEY = 'the benchmark audit key, not a secret, 2026';
const COLLABORATION = randomUUID();
const ORGANIZATIONS = Array.from({ length: 20 }, () => randomUUID());
const ACTIONS = ['grant.read', 'grant.created', 'disclosure.approved', 'plan.task_status'];

async function database(): Promise<{ url: string; stop: () => Promise<void> }> {
  const name = `alianza_bench_audit_${Date.now()}`;
  let adminUrl = process.env.DATABASE_URL;
  let stopServer = async (): Promise<void> => undefined;
  if (!adminUrl) {
    const dataDir = resolve(ROOT, '.data/bench-audit-postgres');
    rmSync(dataDir, { recursive: true, force: true });
    const pg = await startEmbeddedPostgres({ dataDir, port: PORT, database: 'postgres' });
    adminUrl = pg.url;
    stopServer = async () => {
      await pg.stop();
      rmSync(dataDir, { recursive: true, force: true });
    };
  }
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const migrate = spawnSync(
    process.execPath,
    ['-r', '@swc-node/register', 'libs/db/src/cli.ts', 'migrate'],
    {
      cwd: ROOT,
      // The administrator migrates and reads: this benchmark times the chain, not the roles.
      env: { ...process.env, DATABASE_URL: url.toString(), DATABASE_OWNER_URL: url.toString() },
      encoding: 'utf8',
    },
  );
  if (migrate.status !== 0) throw new Error(`Migrations failed: ${migrate.stderr}`);
  return {
    url: url.toString(),
    stop: async () => {
      if (process.env.BENCH_KEEP) return console.log(`Kept ${url.toString()}`);
      if (process.env.DATABASE_URL) {
        const c = new Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        await c.end();
      }
      await stopServer();
    },
  };
}

/** Column arrays of one INSERT … SELECT FROM unnest(…) of keyed records, continuing the chain. */
function generate(keyring: AuditKeyring, from: number, count: number, prevHash: string) {
  const key = keyring.current;
  const columns = {
    id: [] as string[],
    seq: [] as number[],
    action: [] as string[],
    actor: [] as (string | null)[],
    subjectType: [] as string[],
    subjectId: [] as string[],
    organization: [] as (string | null)[],
    counterpart: [] as (string | null)[],
    payload: [] as string[],
    prevHash: [] as string[],
    hash: [] as string[],
    createdAt: [] as Date[],
  };
  let prev = prevHash;
  for (let seq = from; seq < from + count; seq++) {
    const createdAt = new Date(1_790_000_000_000 + seq);
    const record: AuditContent = {
      collaborationId: COLLABORATION,
      seq,
      action: ACTIONS[seq % ACTIONS.length]!,
      actorUserId: seq % 7 === 0 ? null : ORGANIZATIONS[seq % 11]!,
      subjectType: 'Grant',
      subjectId: randomUUID(),
      organizationId: ORGANIZATIONS[seq % ORGANIZATIONS.length]!,
      counterpartOrganizationId: seq % 3 === 0 ? null : ORGANIZATIONS[(seq * 7) % 20]!,
      payload: { reference: `G-${seq}`, validUntil: null, note: { areaName: 'Precios', seq } },
      createdAt,
    };
    const hash = recordMac(key.mac, key.id, prev, record);
    columns.id.push(randomUUID());
    columns.seq.push(seq);
    columns.action.push(record.action);
    columns.actor.push(record.actorUserId);
    columns.subjectType.push(record.subjectType);
    columns.subjectId.push(record.subjectId);
    columns.organization.push(record.organizationId);
    columns.counterpart.push(record.counterpartOrganizationId);
    columns.payload.push(JSON.stringify(record.payload));
    columns.prevHash.push(prev);
    columns.hash.push(hash);
    columns.createdAt.push(createdAt);
    prev = hash;
  }
  return { columns, last: prev };
}

const INSERT = `
INSERT INTO audit_records (id, collaboration_id, seq, action, actor_user_id, subject_type, subject_id,
  organization_id, counterpart_organization_id, payload, prev_hash, hash, mac_kind, key_id, created_at)
SELECT id, $2, seq, action, actor, subject_type, subject_id, organization, counterpart, payload,
       prev_hash, hash, 'hmac-sha256', $3, created_at
  FROM unnest($1::uuid[], $4::int[], $5::varchar[], $6::uuid[], $7::varchar[], $8::uuid[], $9::uuid[],
              $10::uuid[], $11::jsonb[], $12::char(64)[], $13::char(64)[], $14::timestamptz[])
       AS r(id, seq, action, actor, subject_type, subject_id, organization, counterpart, payload,
            prev_hash, hash, created_at)`;

async function seed(db: Client, keyring: AuditKeyring): Promise<number> {
  const started = performance.now();
  let prev = GENESIS_HASH;
  for (let from = 1; from <= RECORDS; from += INSERT_BATCH) {
    const count = Math.min(INSERT_BATCH, RECORDS - from + 1);
    const { columns: c, last } = generate(keyring, from, count, prev);
    prev = last;
    await db.query(INSERT, [
      c.id,
      COLLABORATION,
      keyring.current.id,
      c.seq,
      c.action,
      c.actor,
      c.subjectType,
      c.subjectId,
      c.organization,
      c.counterpart,
      c.payload,
      c.prevHash,
      c.hash,
      c.createdAt,
    ]);
    if ((from - 1) % 100_000 === 0) process.stdout.write(`  ${from - 1 + count} records\r`);
  }
  await db.query('VACUUM ANALYZE audit_records');
  return (performance.now() - started) / 1000;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number }> {
  const started = performance.now();
  const result = await work();
  return { result, seconds: (performance.now() - started) / 1000 };
}

async function main(): Promise<void> {
  Logger.overrideLogger(['error']);
  const { url, stop } = await database();
  const keyring = new AuditKeyring(KEY);
  const checkpointFile = resolve(ROOT, '.data/bench/audit-checkpoints.jsonl');
  rmSync(checkpointFile, { force: true });
  const dataSource = new DataSource({ ...dataSourceOptions(url), entities: [AuditRecordEntity] });
  const db = new Client({ connectionString: url });
  try {
    await dataSource.initialize();
    await db.connect();
    console.log(`Writing ${RECORDS.toLocaleString('en')} keyed records into one chain…`);
    const insertSeconds = await seed(db, keyring);
    console.log(`Written in ${insertSeconds.toFixed(1)} s.            `);

    const store = new Db(dataSource);
    const checkpoints = new AuditCheckpointService(
      store,
      keyring,
      new FileCheckpointSink(checkpointFile),
    );
    const audit = new AuditService(store, keyring, checkpoints);

    console.log('Full verification…');
    const full = await timed(() => audit.verify(COLLABORATION, { full: true }));
    if (!full.result.valid)
      throw new Error(`The chain did not verify: ${JSON.stringify(full.result)}`);

    console.log(`Appending ${APPENDED} records (10 per append), then incremental verification…`);
    const appended = await timed(async () => {
      for (let i = 0; i < APPENDED / 10; i++)
        await audit.append(
          COLLABORATION,
          Array.from({ length: 10 }, (_, j) => ({
            action: 'grant.read',
            actorUserId: ORGANIZATIONS[j]!,
            subjectType: 'Grant',
            subjectId: randomUUID(),
            organizationId: ORGANIZATIONS[(i + j) % 20]!,
            payload: { reference: `G-new-${i}-${j}` },
          })),
        );
    });
    const incremental = await timed(() => audit.verify(COLLABORATION));
    if (!incremental.result.valid || incremental.result.checkedRecords !== APPENDED)
      throw new Error(`Unexpected incremental result: ${JSON.stringify(incremental.result)}`);

    const results = {
      records: RECORDS,
      machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', node: process.version },
      database: process.env.DATABASE_URL ? 'DATABASE_URL' : 'embedded PostgreSQL',
      insert: {
        seconds: round(insertSeconds),
        recordsPerSecond: Math.round(RECORDS / insertSeconds),
      },
      full: {
        records: full.result.checkedRecords,
        seconds: round(full.seconds),
        recordsPerSecond: Math.round(full.result.checkedRecords / full.seconds),
      },
      append: { records: APPENDED, seconds: round(appended.seconds) },
      incremental: {
        records: incremental.result.checkedRecords,
        resumedAfterSeq: incremental.result.resumedAfterSeq,
        seconds: round(incremental.seconds, 4),
        recordsPerSecond: Math.round(incremental.result.checkedRecords / incremental.seconds),
      },
    };
    console.log(
      `\nFull verification:        ${results.full.records.toLocaleString('en')} records in ${results.full.seconds} s (${results.full.recordsPerSecond.toLocaleString('en')} records/s)` +
        `\nIncremental verification: ${results.incremental.records.toLocaleString('en')} records in ${results.incremental.seconds} s (${results.incremental.recordsPerSecond.toLocaleString('en')} records/s), after seq ${results.incremental.resumedAfterSeq.toLocaleString('en')}`,
    );
    mkdirSync(resolve(ROOT, '.data/bench'), { recursive: true });
    writeFileSync(
      resolve(ROOT, '.data/bench/audit-verify.json'),
      `${JSON.stringify(results, null, 2)}\n`,
    );
    console.log('Wrote .data/bench/audit-verify.json');
  } finally {
    await db.end().catch(() => undefined);
    if (dataSource.isInitialized) await dataSource.destroy();
    await stop();
  }
}

function round(value: number, digits = 2): number {
  return Number(value.toFixed(digits));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
