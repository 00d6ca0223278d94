import { Client } from 'pg';
import { cli } from '../support/postgres-server';
import { ApiProcess, startApiProcess, TEST_BUDGETS } from '../support/servers';

/**
 * Replicas of the API started together on an empty database, each with MIGRATE_ON_START and the
 * demo (as a first deployment with two instances does): one sets the database up while the other
 * waits on the set-up lock, then finds the migrations applied and the demo loaded.
 */
describe('two API processes started at once on an empty database', () => {
  const admin = new URL(process.env['ALIANZA_TEST_ADMIN_DATABASE_URL'] ?? '');
  const database = `alianza_two_starts_${Date.now()}`;
  const login = (role: string) => {
    const u = new URL(admin);
    u.username = role;
    u.password = `${role} pw`;
    u.pathname = `/${database}`;
    return u.toString();
  };
  const env = {
    DATABASE_URL: login('alianza_two_starts_app'),
    DATABASE_OWNER_URL: login('alianza_two_starts_owner'),
  };
  const started: PromiseSettledResult<ApiProcess>[] = [];

  beforeAll(async () => {
    // An empty database with its two roles (`npm run db:roles`), no migration applied.
    const adminOnServer = new URL(admin);
    adminOnServer.pathname = '/postgres';
    cli('roles', { ...env, ADMIN_DATABASE_URL: adminOnServer.toString() });
    const apiEnv = { ...env, MIGRATE_ON_START: 'true', DEMO_DATA: 'true', ...TEST_BUDGETS };
    started.push(
      ...(await Promise.allSettled([
        startApiProcess('two-starts-a', apiEnv),
        startApiProcess('two-starts-b', apiEnv),
      ])),
    );
  }, 240_000);

  afterAll(async () => {
    await Promise.all(
      started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : Promise.resolve())),
    );
    const client = new Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.end();
  }, 60_000);

  it('both come up and are ready', async () => {
    const failures = started.flatMap((s) => (s.status === 'rejected' ? [String(s.reason)] : []));
    expect(failures).toEqual([]);
    for (const s of started) {
      if (s.status !== 'fulfilled') continue;
      const ready = await fetch(`${s.value.url}/health/ready`);
      expect(ready.status).toBe(200);
    }
  });

  it('applies each migration once and loads the demo once', async () => {
    const owner = new Client({ connectionString: env.DATABASE_OWNER_URL });
    const reference = new Client({ connectionString: process.env['ALIANZA_TEST_DATABASE_URL'] });
    await Promise.all([owner.connect(), reference.connect()]);
    try {
      const count = 'SELECT count(*)::int AS n, count(DISTINCT name)::int AS names FROM migrations';
      // As many as the run's database has (migrated once by the global setup).
      const expected = await reference.query<{ n: number }>(count);
      const migrations = await owner.query<{ n: number; names: number }>(count);
      expect(migrations.rows[0]).toEqual({ n: expected.rows[0]!.n, names: expected.rows[0]!.n });
      const demo = await owner.query<{ admins: number; organizations: number }>(
        `SELECT (SELECT count(*)::int FROM users WHERE email = 'admin@alianza.demo') AS admins,
                (SELECT count(*)::int FROM organizations WHERE name = 'Panadería La Espiga') AS organizations`,
      );
      expect(demo.rows[0]).toEqual({ admins: 1, organizations: 1 });
    } finally {
      await Promise.all([owner.end(), reference.end()]);
    }
  });
});
