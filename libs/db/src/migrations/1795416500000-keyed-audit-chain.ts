import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keyed audit records (ADR 0016). Existing records are marked legacy: they keep verifying by
 * the unkeyed SHA-256 rule, and only up to the point the first checkpoint records. New records
 * carry an HMAC under an audit key that is not in the database, and that key's id.
 *
 * The chain's head (and, for the checkpointer, every head and the MAC at a given seq) is read
 * through SECURITY DEFINER functions that return nothing but sequence numbers and MACs, so an
 * appender needs no right to read other parties' records; they answer only for chains the
 * transaction's claim reaches (a collaboration facilitated or taken part in, a job, the owner).
 */
export class KeyedAuditChain1795416500000 implements MigrationInterface {
  name = 'KeyedAuditChain1795416500000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."audit_mac_kind" AS ENUM('sha256', 'hmac-sha256')`,
    );
    // Every record written so far is legacy; no default afterwards: the writer always says.
    await queryRunner.query(
      `ALTER TABLE "audit_records" ADD "mac_kind" "public"."audit_mac_kind" NOT NULL DEFAULT 'sha256'`,
    );
    await queryRunner.query(`ALTER TABLE "audit_records" ALTER COLUMN "mac_kind" DROP DEFAULT`);
    await queryRunner.query(`ALTER TABLE "audit_records" ADD "key_id" character varying(16)`);
    await queryRunner.query(
      `CREATE INDEX "audit_records_legacy_idx" ON "audit_records"  ("collaboration_id", "seq") WHERE "mac_kind" = 'sha256'`,
    );
    await queryRunner.query(
      `ALTER TABLE "audit_records" ADD CONSTRAINT "audit_records_key_id_check" CHECK (("mac_kind" = 'sha256') = ("key_id" IS NULL))`,
    );

    await queryRunner.query(`
CREATE FUNCTION public.audit_chain_head(p_collaboration_id uuid)
RETURNS TABLE (seq integer, mac text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
  SELECT a.seq, a.hash::text
    FROM public.audit_records a
   WHERE a.collaboration_id = p_collaboration_id
     AND (p_collaboration_id = ANY (alianza_rls.facilitated_collabs())
          OR p_collaboration_id = ANY (alianza_rls.ever_collabs())
          OR alianza_rls.system_job() IS NOT NULL
          OR alianza_rls.trusted_session())
   ORDER BY a.seq DESC
   LIMIT 1
$$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION audit_chain_head(uuid) IS 'The last seq and MAC of a collaboration''s audit chain, for appenders that may not read its records.'`,
    );

    // All chains (a loose index scan over the collaborations that have records), or the given
    // ones; with the last seq of their legacy records (0: none).
    await queryRunner.query(`
CREATE FUNCTION public.audit_chain_heads(p_collaboration_ids uuid[] DEFAULT NULL)
RETURNS TABLE (collaboration_id uuid, seq integer, mac text, legacy_through integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
  WITH RECURSIVE chains(id) AS (
    SELECT (SELECT a.collaboration_id FROM public.audit_records a
             ORDER BY a.collaboration_id LIMIT 1)
     WHERE p_collaboration_ids IS NULL
    UNION ALL
    SELECT (SELECT a.collaboration_id FROM public.audit_records a
             WHERE a.collaboration_id > chains.id ORDER BY a.collaboration_id LIMIT 1)
      FROM chains
     WHERE chains.id IS NOT NULL
  ), wanted(id) AS (
    SELECT chains.id FROM chains WHERE chains.id IS NOT NULL
    UNION
    SELECT u.id FROM unnest(p_collaboration_ids) AS u(id)
  )
  SELECT w.id, h.seq, h.hash::text,
         COALESCE((SELECT max(l.seq) FROM public.audit_records l
                    WHERE l.collaboration_id = w.id AND l.mac_kind = 'sha256'), 0)
    FROM wanted w
   CROSS JOIN LATERAL (SELECT a.seq, a.hash FROM public.audit_records a
                        WHERE a.collaboration_id = w.id ORDER BY a.seq DESC LIMIT 1) h
   WHERE w.id = ANY (alianza_rls.facilitated_collabs())
      OR w.id = ANY (alianza_rls.ever_collabs())
      OR alianza_rls.system_job() IS NOT NULL
      OR alianza_rls.trusted_session()
$$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION audit_chain_heads(uuid[]) IS 'Each audit chain''s last seq and MAC, and the last seq of its legacy records: for the checkpointer.'`,
    );

    await queryRunner.query(`
CREATE FUNCTION public.audit_chain_mac(p_collaboration_id uuid, p_seq integer)
RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
AS $$
  SELECT a.hash::text
    FROM public.audit_records a
   WHERE a.collaboration_id = p_collaboration_id AND a.seq = p_seq
     AND (p_collaboration_id = ANY (alianza_rls.facilitated_collabs())
          OR p_collaboration_id = ANY (alianza_rls.ever_collabs())
          OR alianza_rls.system_job() IS NOT NULL
          OR alianza_rls.trusted_session())
$$`);
    await queryRunner.query(
      `COMMENT ON FUNCTION audit_chain_mac(uuid, integer) IS 'The MAC of one audit record, to check that it still carries its checkpointed MAC.'`,
    );
    // Each answers only within a chain the transaction's claim reaches (ADR 0015), to the API role.
    for (const fn of [
      'audit_chain_head(uuid)',
      'audit_chain_heads(uuid[])',
      'audit_chain_mac(uuid, integer)',
    ]) {
      await queryRunner.query(`REVOKE ALL ON FUNCTION ${fn} FROM PUBLIC`);
      await queryRunner.query(`GRANT EXECUTE ON FUNCTION ${fn} TO alianza_api`);
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Records written under keys stay, and then read as broken links to the unkeyed rule.
    await queryRunner.query(`DROP FUNCTION audit_chain_mac(uuid, integer)`);
    await queryRunner.query(`DROP FUNCTION audit_chain_heads(uuid[])`);
    await queryRunner.query(`DROP FUNCTION audit_chain_head(uuid)`);
    await queryRunner.query(
      `ALTER TABLE "audit_records" DROP CONSTRAINT "audit_records_key_id_check"`,
    );
    await queryRunner.query(`DROP INDEX "public"."audit_records_legacy_idx"`);
    await queryRunner.query(`ALTER TABLE "audit_records" DROP COLUMN "key_id"`);
    await queryRunner.query(`ALTER TABLE "audit_records" DROP COLUMN "mac_kind"`);
    await queryRunner.query(`DROP TYPE "public"."audit_mac_kind"`);
  }
}
