import { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { loadConfig } from '@alianza/api-core';
import { listOperationPolicies } from '@alianza/authz';
import {
  dataSourceOptions,
  pendingSchemaChanges,
  runMigrations,
  setupDatabaseRoles,
} from '@alianza/db';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { printSortedSchema, SCHEMA_FILE } from '../cli';
import { createApp } from './create-app';
import { seedDemo } from './demo-seed';

/** The application booted in-process on the test database: checks that need its internals. */
describe('the API application', () => {
  let app: INestApplication;
  // The run's database, as the owner and as the API's restricted role; the administrator's
  // connection creates scratch databases.
  const ownerUrl = process.env.ALIANZA_TEST_DATABASE_URL!;
  const appUrl = process.env.ALIANZA_TEST_APP_DATABASE_URL!;
  const adminUrl = process.env.ALIANZA_TEST_ADMIN_DATABASE_URL!;
  const auditDir = mkdtempSync(join(tmpdir(), 'alianza-app-spec-'));
  const CONFIG = {
    NODE_ENV: 'test',
    MIGRATE_ON_START: 'false',
    LOG_LEVEL: 'silent',
    AUDIT_KEY: 'in-process test key of the audit chain (not a secret)',
    AUDIT_CHECKPOINT_FILE: join(auditDir, 'checkpoints.jsonl'),
    AUDIT_CHECKPOINT_SECONDS: '0',
  };

  beforeAll(async () => {
    app = await createApp(
      loadConfig({ ...CONFIG, DATABASE_URL: appUrl, DATABASE_OWNER_URL: ownerUrl }),
    );
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    rmSync(auditDir, { recursive: true, force: true });
  });

  it('matches the committed GraphQL schema (run `npm run schema:write` after changing the API)', () => {
    expect(printSortedSchema(app)).toBe(readFileSync(SCHEMA_FILE, 'utf8'));
  });

  it('has migrations that describe the entities exactly (run `npm run migration:generate -- Name`)', async () => {
    const changes = await pendingSchemaChanges(app.get(DataSource));
    expect(changes.up).toEqual([]);
  });

  it('declares an access policy on every query and mutation', () => {
    const operations = listOperationPolicies(app.get(ModulesContainer));
    expect(operations.length).toBeGreaterThan(20);
    expect(operations.filter((op) => !op.policy).map((op) => op.name)).toEqual([]);
  });

  it('keeps every declared policy visible in review (snapshot)', () => {
    const declared = listOperationPolicies(app.get(ModulesContainer)).map((op) => {
      const policy = op.policy!;
      const rule = policy.kind === 'ability' ? `${policy.action} ${policy.subject}` : policy.kind;
      const extra = [
        op.reportAccess ? ' (+ reporting token)' : '',
        op.beforeSecondFactor ? ' (+ before the second factor)' : '',
      ].join('');
      return `${op.type}.${op.name}: ${rule}${extra}`;
    });
    expect(declared).toMatchSnapshot();
  });

  it('loads the demo once (running it again changes nothing), with a plan and a confirmed contribution', async () => {
    // On a database of its own: the run's database holds no demo data (the authorization
    // matrix checks that no one is told the demo password there).
    const scratch = `alianza_demo_${Date.now()}`;
    const admin = new DataSource({ type: 'postgres', url: adminUrl });
    await admin.initialize();
    await admin.query(`CREATE DATABASE "${scratch}"`);
    const on = (url: string) => {
      const u = new URL(url);
      u.pathname = `/${scratch}`;
      return u.toString();
    };
    let demo: INestApplication | undefined;
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const table = jest.spyOn(console, 'table').mockImplementation(() => undefined);
    try {
      await setupDatabaseRoles(on(adminUrl), { app: on(appUrl), owner: on(ownerUrl) });
      const owner = await new DataSource(dataSourceOptions(on(ownerUrl))).initialize();
      await runMigrations(owner);
      await owner.destroy();
      demo = await createApp(
        loadConfig({ ...CONFIG, DATABASE_URL: on(appUrl), DATABASE_OWNER_URL: on(ownerUrl) }),
      );
      await demo.init();
      await seedDemo(demo);
      await seedDemo(demo);
      expect(log).toHaveBeenCalledWith('Demo data loaded.');
      expect(log).toHaveBeenCalledWith('The demo data is already there.');
      // Counted as the owner: the API's role, with no claim, sees no tenant row.
      const ds = await new DataSource({ type: 'postgres', url: on(ownerUrl) }).initialize();
      const [row] = await ds.query(`
        SELECT (SELECT count(*)::int FROM collaborations WHERE title = 'Alianza del pan de barrio' AND status = 'active') AS collaborations,
               (SELECT count(*)::int FROM participations p JOIN collaborations c ON c.id = p.collaboration_id
                 WHERE c.title = 'Alianza del pan de barrio' AND p.status = 'accepted') AS participants,
               (SELECT count(*)::int FROM ledger_entries e JOIN collaborations c ON c.id = e.collaboration_id
                 WHERE c.title = 'Alianza del pan de barrio' AND e.status = 'confirmed') AS confirmed_entries,
               (SELECT count(*)::int FROM plan_tasks t JOIN collaborations c ON c.id = t.collaboration_id
                 WHERE c.title = 'Alianza del pan de barrio') AS tasks`);
      await ds.destroy();
      expect(row).toEqual({ collaborations: 1, participants: 3, confirmed_entries: 1, tasks: 2 });
    } finally {
      log.mockRestore();
      table.mockRestore();
      await demo?.close();
      await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
      await admin.destroy();
    }
  });

  it('has reversible migrations: down to nothing and up again', async () => {
    const admin = new DataSource({ type: 'postgres', url: adminUrl });
    await admin.initialize();
    const scratch = `alianza_revert_${Date.now()}`;
    await admin.query(`CREATE DATABASE "${scratch}"`);
    const url = new URL(adminUrl);
    url.pathname = `/${scratch}`;
    const ds = new DataSource(dataSourceOptions(url.toString()));
    try {
      await ds.initialize();
      const applied = await ds.runMigrations({ transaction: 'each' });
      expect(applied.length).toBeGreaterThan(0);
      for (let i = 0; i < applied.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const tables = await ds.query(
        `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations'`,
      );
      expect(tables[0].n).toBe(0);
      expect((await ds.runMigrations({ transaction: 'each' })).length).toBe(applied.length);
    } finally {
      if (ds.isInitialized) await ds.destroy();
      await admin.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
      await admin.destroy();
    }
  });
});
