import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

/**
 * The key rule that lets the tenant tables be distributed by collaboration (Citus, ADR 0048):
 * in every table that carries `collaboration_id`, the primary key, every unique constraint or
 * unique index, and every foreign key to another tenant table include it. The tables without it
 * are the global ones, named here: they become reference tables, and never point at a tenant
 * table. A new table must either follow the rule or be named as global.
 */

/** Replicated to every node (Citus reference tables): small, shared by all collaborations. */
const REFERENCE_TABLES = [
  'account_events',
  'api_tokens',
  'calendar_feeds',
  'email_confirmations',
  'login_challenges',
  'mail_messages',
  'notification_preferences',
  'organization_invitations',
  'organization_memberships',
  'organizations',
  'password_reset_tokens',
  'sessions',
  'user_recovery_codes',
  'user_second_factors',
  'users',
  'webhook_endpoints',
];

/** The tenant root: distributed by its own id, which every tenant table's collaboration_id names. */
const TENANT_ROOT = 'collaborations';

/**
 * Tenant tables whose keys do not follow the rule yet, each with the reason. The list only
 * shrinks: a table that follows the rule must leave it (the last test checks).
 */
const NOT_YET_KEYED: Record<string, string> = {};

interface Key {
  table: string;
  name: string;
  kind: 'primary' | 'unique' | 'foreign';
  columns: string[];
  referencedTable: string | null;
  referencedColumns: string[];
}

async function tablesWithColumns(ds: DataSource): Promise<Map<string, string[]>> {
  const rows: { table: string; columns: string[] }[] = await ds.query(`
    SELECT c.relname AS "table", array_agg(a.attname::text ORDER BY a.attnum) AS columns
      FROM pg_class c
      JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE c.relkind IN ('r', 'p') AND c.relname <> 'migrations'
     GROUP BY c.relname`);
  return new Map(rows.map((r) => [r.table, r.columns]));
}

/** Primary keys, unique constraints, unique indexes (partial ones too) and foreign keys. */
async function keys(ds: DataSource): Promise<Key[]> {
  return ds.query(`
    WITH public_tables AS (
      SELECT c.oid, c.relname FROM pg_class c
        JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'public'
       WHERE c.relkind IN ('r', 'p')
    ),
    constraint_keys AS (
      SELECT t.relname AS "table", con.conname AS name,
             CASE con.contype WHEN 'p' THEN 'primary' WHEN 'u' THEN 'unique' ELSE 'foreign' END AS kind,
             ARRAY(SELECT a.attname::text FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)
                     JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num
                    ORDER BY k.ord) AS columns,
             ref.relname AS "referencedTable",
             ARRAY(SELECT a.attname::text FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)
                     JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num
                    ORDER BY k.ord) AS "referencedColumns"
        FROM pg_constraint con
        JOIN public_tables t ON t.oid = con.conrelid
        LEFT JOIN pg_class ref ON ref.oid = con.confrelid
       WHERE con.contype IN ('p', 'u', 'f')
    ),
    index_keys AS (
      SELECT t.relname AS "table", ic.relname AS name, 'unique' AS kind,
             ARRAY(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(num, ord)
                     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.num
                    ORDER BY k.ord) AS columns,
             NULL AS "referencedTable", ARRAY[]::text[] AS "referencedColumns"
        FROM pg_index i
        JOIN public_tables t ON t.oid = i.indrelid
        JOIN pg_class ic ON ic.oid = i.indexrelid
       WHERE i.indisunique AND NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid)
    )
    SELECT * FROM constraint_keys UNION ALL SELECT * FROM index_keys
     ORDER BY 1, 3, 2`);
}

/** What is wrong with one key of a tenant table, or null when it follows the rule. */
function breach(key: Key, tenantTables: Set<string>): string | null {
  const where = `${key.table}: ${key.kind} key ${key.name} (${key.columns.join(', ')})`;
  if (key.kind !== 'foreign') {
    return key.columns.includes('collaboration_id') ? null : `${where} lacks collaboration_id`;
  }
  const target = key.referencedTable!;
  const paired = (ownColumn: string) => key.referencedColumns[key.columns.indexOf(ownColumn)];
  if (target === TENANT_ROOT) {
    return paired('collaboration_id') === 'id'
      ? null
      : `${where} -> ${target} does not map collaboration_id to its id`;
  }
  if (!tenantTables.has(target)) return null; // a reference table: present on every node
  return paired('collaboration_id') === 'collaboration_id'
    ? null
    : `${where} -> ${target}(${key.referencedColumns.join(', ')}) does not map collaboration_id to collaboration_id`;
}

describe('tenant keys (the rule that lets tables be distributed by collaboration)', () => {
  let ds: DataSource;
  let tables: Map<string, string[]>;
  let allKeys: Key[];
  let tenantTables: Set<string>;

  beforeAll(async () => {
    ds = await new DataSource({
      type: 'postgres',
      url: process.env['ALIANZA_TEST_DATABASE_URL']!,
      extra: { max: 1 },
    }).initialize();
    tables = await tablesWithColumns(ds);
    allKeys = await keys(ds);
    tenantTables = new Set(
      [...tables].filter(([, columns]) => columns.includes('collaboration_id')).map(([t]) => t),
    );
  });

  afterAll(() => ds?.destroy());

  const breaches = (table: string) =>
    allKeys
      .filter((key) => key.table === table)
      .map((key) => breach(key, tenantTables))
      .filter((b): b is string => b !== null);

  it('knows every table: a tenant table carries collaboration_id, or it is named as global', () => {
    const unplaced = [...tables.keys()].filter(
      (t) => !tenantTables.has(t) && t !== TENANT_ROOT && !REFERENCE_TABLES.includes(t),
    );
    expect(unplaced).toEqual([]);
    expect(REFERENCE_TABLES.filter((t) => tenantTables.has(t) || !tables.has(t))).toEqual([]);
    expect(tenantTables.size).toBeGreaterThan(40);
  });

  it('keys every tenant table by collaboration: primary, unique and foreign keys', () => {
    const found = [...tenantTables]
      .filter((t) => !(t in NOT_YET_KEYED))
      .sort()
      .flatMap(breaches);
    expect(found).toEqual([]);
  });

  it('gives every tenant table a primary key', () => {
    const withPrimary = new Set(allKeys.filter((k) => k.kind === 'primary').map((k) => k.table));
    expect([...tenantTables].filter((t) => !withPrimary.has(t))).toEqual([]);
  });

  it('never points a global table at a tenant table (a reference table cannot reference a shard)', () => {
    const global = new Set([...REFERENCE_TABLES]);
    const pointing = allKeys
      .filter((k) => k.kind === 'foreign' && global.has(k.table))
      .filter((k) => tenantTables.has(k.referencedTable!) || k.referencedTable === TENANT_ROOT)
      .map((k) => `${k.table}.${k.name} -> ${k.referencedTable}`);
    expect(pointing).toEqual([]);
  });

  it('refuses a child in another collaboration than its parent (the composite foreign key)', async () => {
    const runner = ds.createQueryRunner();
    await runner.startTransaction();
    try {
      const one = async (sql: string, params: unknown[]): Promise<string> =>
        (await runner.query(sql, params))[0].id;
      const userId = await one(
        `INSERT INTO users (email, display_name, password_hash) VALUES ($1, 'Key probe', '-') RETURNING id`,
        [`tenant-keys-${randomUUID()}@test.alianza`],
      );
      const collaboration = (title: string) =>
        one(`INSERT INTO collaborations (title, created_by) VALUES ($1, $2) RETURNING id`, [
          title,
          userId,
        ]);
      const [a, b] = [await collaboration('A'), await collaboration('B')];
      const milestoneId = await one(
        `INSERT INTO plan_milestones (collaboration_id, title, position, status, proposal_status, created_by)
         VALUES ($1, 'Milestone of A', 0, 'planned', 'accepted', $2) RETURNING id`,
        [a, userId],
      );
      const task = (collaborationId: string) =>
        runner.query(
          `INSERT INTO plan_tasks (collaboration_id, milestone_id, title, responsible_organization_id, status, proposal_status, created_by)
           VALUES ($1, $2, 'Task', $3, 'todo', 'accepted', $3)`,
          [collaborationId, milestoneId, userId],
        );
      await task(a);
      await expect(task(b)).rejects.toMatchObject({
        driverError: { code: '23503', constraint: 'plan_tasks_milestone_fk' },
      });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('lists as not yet keyed only tenant tables that still break the rule', () => {
    const stale = Object.keys(NOT_YET_KEYED).filter(
      (t) => !tenantTables.has(t) || breaches(t).length === 0,
    );
    expect(stale).toEqual([]);
  });
});
