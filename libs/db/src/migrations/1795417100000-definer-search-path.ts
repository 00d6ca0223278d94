import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Every SECURITY DEFINER function searches `pg_temp` last (ADR 0015). Left out of a function's
 * `search_path`, PostgreSQL searches the session's temporary schema *first* for tables: a role
 * allowed to create a temporary table named `organization_memberships` would have had the
 * functions that derive a viewer's facts read its rows instead of the real ones. (The API role
 * may not create temporary tables — `npm run db:roles` revokes it and the API refuses to start
 * with a role that may — so this is the second lock on the same door.)
 */
export class DefinerSearchPath1795417100000 implements MigrationInterface {
  name = 'DefinerSearchPath1795417100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DO $$
DECLARE r record;
BEGIN
  FOR r IN SELECT p.oid::regprocedure AS fn FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE p.prosecdef AND n.nspname IN ('public', 'alianza_rls', 'alianza_private')
  LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = pg_catalog, public, pg_temp', r.fn);
  END LOOP;
END $$`);
  }

  async down(): Promise<void> {
    // Nothing to undo: searching pg_temp last is what every earlier version of these functions
    // meant, and none of them reads a temporary table.
  }
}
