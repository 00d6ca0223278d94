import type { DatabaseConnectionConfig } from '@alianza/api-core';
import { Client } from 'pg';

/** The group role every API login role belongs to; the migrations grant it its privileges. */
export const API_GROUP_ROLE = 'alianza_api';

/** The two connections the API takes: migrations and set-up as the owner, requests as the API role. */
export interface DatabaseUrls {
  /** The API's login role: no superuser, no BYPASSRLS, owns nothing. */
  app: string;
  /** Owns the schema; runs migrations, reads the claim key at start, loads the demo. */
  owner: string;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

interface Login {
  role: string;
  password: string | undefined;
  database: string;
}

function loginOf(url: string, which: string): Login {
  const u = new URL(url);
  const role = decodeURIComponent(u.username);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  if (!IDENTIFIER.test(role))
    throw new Error(
      `${which}: the user name must be a plain lower-case identifier (got "${role}")`,
    );
  if (!IDENTIFIER.test(database))
    throw new Error(`${which}: the database name must be a plain lower-case identifier`);
  return { role, password: u.password ? decodeURIComponent(u.password) : undefined, database };
}

const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/**
 * Creates (or brings in line) the roles of `urls` from an administrator's connection (a superuser:
 * only one may give the owner BYPASSRLS), creates the database if needed, and hands it and every
 * object in it to the owner. Idempotent; safe on a database that older versions created as a
 * superuser. After it, run the migrations as the owner.
 *
 * - owner: LOGIN, BYPASSRLS (migrations rewrite data across tenants), nothing else;
 * - API role: LOGIN, member of `alianza_api`, no SUPERUSER/BYPASSRLS/CREATEDB/CREATEROLE, owns
 *   nothing; connects to this database and nothing more.
 */
export async function setupDatabaseRoles(
  adminUrl: string,
  urls: DatabaseUrls,
  timeouts?: Pick<DatabaseConnectionConfig, 'statementTimeoutMs' | 'idleInTransactionTimeoutMs'>,
): Promise<void> {
  const owner = loginOf(urls.owner, 'DATABASE_OWNER_URL');
  const app = loginOf(urls.app, 'DATABASE_URL');
  if (owner.database !== app.database)
    throw new Error('DATABASE_URL and DATABASE_OWNER_URL must name the same database');
  if (owner.role === app.role)
    throw new Error('DATABASE_URL and DATABASE_OWNER_URL must use two different roles');
  const { database } = owner;

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const password = (login: Login) =>
      login.password ? `PASSWORD ${literal(login.password)}` : '';
    const ensureRole = async (role: string, attributes: string) => {
      const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role]);
      await admin.query(`${exists.rowCount ? 'ALTER' : 'CREATE'} ROLE "${role}" ${attributes}`);
    };
    await ensureRole(
      owner.role,
      `LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION BYPASSRLS ${password(owner)}`,
    );
    await ensureRole(
      API_GROUP_ROLE,
      'NOLOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS',
    );
    await ensureRole(
      app.role,
      `LOGIN INHERIT NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS ${password(app)}`,
    );
    await admin.query(`GRANT "${API_GROUP_ROLE}" TO "${app.role}"`);
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (db.rowCount === 0) await admin.query(`CREATE DATABASE "${database}" OWNER "${owner.role}"`);
  } finally {
    await admin.end();
  }

  const adminOnDatabase = new URL(adminUrl);
  adminOnDatabase.pathname = `/${database}`;
  const inDb = new Client({ connectionString: adminOnDatabase.toString() });
  await inDb.connect();
  try {
    await inDb.query(`ALTER DATABASE "${database}" OWNER TO "${owner.role}"`);
    await inDb.query(`REVOKE ALL ON DATABASE "${database}" FROM PUBLIC`);
    await inDb.query(`GRANT CONNECT ON DATABASE "${database}" TO "${app.role}", "${owner.role}"`);
    await inDb.query(`ALTER SCHEMA public OWNER TO "${owner.role}"`);
    await inDb.query(`REVOKE ALL ON SCHEMA public FROM PUBLIC`);
    await inDb.query(`GRANT USAGE ON SCHEMA public TO "${API_GROUP_ROLE}"`);
    // The API's hot reads are named prepared statements: planned once per connection. With the
    // row policies a statement's plan costs more than running it (7 ms against 0.4 for a page of
    // "shared with me"), and the policies' facts are parameters of the plan anyway (InitPlans).
    await inDb.query(
      `ALTER ROLE "${app.role}" IN DATABASE "${database}" SET plan_cache_mode = 'force_generic_plan'`,
    );
    // The API's timeouts as its role's defaults in this database: behind a pooler in transaction
    // mode no startup parameter can carry them, and a statement outside a request's transaction
    // (which sets them itself) still has them (ADR 0045). Straight to PostgreSQL, the API's
    // own (startup parameters) take precedence.
    if (timeouts) {
      for (const [setting, ms] of [
        ['statement_timeout', timeouts.statementTimeoutMs],
        ['idle_in_transaction_session_timeout', timeouts.idleInTransactionTimeoutMs],
      ] as const)
        await inDb.query(
          `ALTER ROLE "${app.role}" IN DATABASE "${database}" SET ${setting} = ${Math.trunc(ms)}`,
        );
    }
    // Everything an earlier set-up (or the API role itself) created goes to the owner.
    await inDb.query(`DO $$
DECLARE
  target text := ${literal(owner.role)};
  r record;
BEGIN
  FOR r IN
    SELECT format('ALTER %s %s OWNER TO %I',
             CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END,
             c.oid::regclass, target) AS stmt
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname IN ('public', 'alianza_rls', 'alianza_private') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
       AND pg_get_userbyid(c.relowner) <> target
       AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
    UNION ALL
    SELECT format('ALTER ROUTINE %s OWNER TO %I', p.oid::regprocedure, target)
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname IN ('public', 'alianza_rls', 'alianza_private') AND pg_get_userbyid(p.proowner) <> target
    UNION ALL
    SELECT format('ALTER TYPE %s OWNER TO %I', t.oid::regtype, target)
      FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> target
    UNION ALL
    SELECT format('ALTER SCHEMA %I OWNER TO %I', n.nspname, target)
      FROM pg_namespace n
     WHERE n.nspname IN ('alianza_rls', 'alianza_private') AND pg_get_userbyid(n.nspowner) <> target
  LOOP
    EXECUTE r.stmt;
  END LOOP;
END $$`);
  } finally {
    await inDb.end();
  }
}

/**
 * What is wrong with the API's runtime role, if anything: it must not be a superuser, bypass
 * row-level security, create roles, databases, temporary tables or objects in `public`, or own
 * anything in the database.
 */
export async function runtimeRoleProblems(
  query: (sql: string) => Promise<Record<string, unknown>[]>,
): Promise<string[]> {
  const [role] = await query(`SELECT rolname, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb,
      (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relowner = r.oid AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
          AND n.nspname NOT LIKE 'pg_temp%' AND n.nspname NOT LIKE 'pg_toast_temp%') AS owned,
      pg_has_role(current_user, '${API_GROUP_ROLE}', 'USAGE') AS in_group,
      has_database_privilege(current_database(), 'TEMPORARY') AS temporary,
      has_schema_privilege('public', 'CREATE') AS creates
    FROM pg_roles r WHERE r.rolname = current_user`);
  if (!role) return ['the current role is unknown'];
  const problems: string[] = [];
  const name = String(role['rolname']);
  if (role['rolsuper']) problems.push(`${name} is a superuser`);
  if (role['rolbypassrls']) problems.push(`${name} bypasses row-level security (BYPASSRLS)`);
  if (role['rolcreaterole']) problems.push(`${name} may create roles (CREATEROLE)`);
  if (role['rolcreatedb']) problems.push(`${name} may create databases (CREATEDB)`);
  if (Number(role['owned']) > 0) problems.push(`${name} owns ${role['owned']} relations`);
  if (!role['in_group']) problems.push(`${name} is not a member of ${API_GROUP_ROLE}`);
  // A temporary or new table named like one a SECURITY DEFINER function reads could stand in for it.
  if (role['temporary']) problems.push(`${name} may create temporary tables (TEMPORARY)`);
  if (role['creates']) problems.push(`${name} may create objects in the schema public`);
  return problems;
}
