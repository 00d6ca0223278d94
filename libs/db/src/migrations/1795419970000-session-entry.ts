import { MigrationInterface, QueryRunner } from 'typeorm';

const DEFINER = 'SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp';

/** Columns of `alianza_private.transaction_facts` that hold facts (not its key or bookkeeping). */
const BOOKKEEPING = ['backend_pid', 'nonce', 'access_version', 'claim'];

/**
 * What `enter` did once the claim was verified (TransactionFacts1795417000000), on `parts`
 * ([kind, a, b, c]): re-use this backend's facts for the same claim and access count, or derive
 * them, tie them to the transaction's nonce, and answer them. One text for the function that now
 * holds it (`up`) and for `enter` as it was (`down`).
 */
const declarations = `n uuid := gen_random_uuid();
  v bigint;
  t alianza_private.transaction_facts;`;
const entering = (
  facts: string[],
) => `SELECT a.version INTO v FROM alianza_private.access_version a WHERE a.id = 1;
  SELECT * INTO t FROM alianza_private.transaction_facts x WHERE x.backend_pid = pg_backend_pid();
  IF FOUND AND t.claim = parts AND t.access_version = v THEN
    -- The same claim again on this backend (the next transaction of a request, or the same
    -- viewer's next request) and no change of access committed since: the same facts, under
    -- the same nonce.
    n := t.nonce;
  ELSE
    UPDATE alianza_private.transaction_facts x
       SET nonce = n, access_version = v, claim = parts, ${facts.map((f) => `${f} = f.${f}`).join(', ')}
      FROM alianza_private.facts_of(parts) f
     WHERE x.backend_pid = pg_backend_pid()
    RETURNING x.* INTO t;
    IF NOT FOUND THEN
      -- This backend's first claim: the rows of backends that have ended go.
      DELETE FROM alianza_private.transaction_facts x
       WHERE NOT EXISTS (SELECT 1 FROM pg_stat_get_activity(NULL) a WHERE a.pid = x.backend_pid);
      INSERT INTO alianza_private.transaction_facts (${[...BOOKKEEPING, ...facts].join(', ')})
      SELECT pg_backend_pid(), n, v, parts, f.* FROM alianza_private.facts_of(parts) f
      RETURNING * INTO t;
    END IF;
  END IF;
  PERFORM set_config('alianza.transaction', n::text, true);
  RETURN jsonb_build_object(
    'userId', t.user_id,
    'memberOrganizationIds', to_jsonb(t.member_orgs),
    'ownerOrganizationIds', to_jsonb(t.owner_orgs),
    'facilitatedCollaborationIds', to_jsonb(t.facilitated_collabs),
    'facilitatedOrganizationIds', to_jsonb(t.facilitated_orgs),
    'myParticipations', t.participations,
    'activePeerParticipations', t.peers);`;

/** `enter` as TransactionFacts1795417000000 (and DefinerSearchPath1795417100000) left it. */
const ENTER_BEFORE = (
  facts: string[],
) => `CREATE OR REPLACE FUNCTION alianza_rls.enter(p_claim text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
DECLARE
  parts text[];
  ${declarations}
BEGIN
  PERFORM set_config('alianza.transaction', '', true);
  IF p_claim IS NULL OR p_claim = '' THEN
    RETURN NULL;
  END IF;
  parts := alianza_private.verified_claim(p_claim);
  ${entering(facts)}
END $$`;

/** The columns of a credential table the API role may read: all but `token_hash`. */
async function readableColumns(queryRunner: QueryRunner, table: string): Promise<string> {
  const columns: { name: string }[] = await queryRunner.query(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'token_hash'
      ORDER BY ordinal_position`,
    [table],
  );
  return columns.map((c) => `"${c.name}"`).join(', ');
}

/**
 * A request enters its claim by the session (or reporting token) it presents, in the statement
 * that looks the session up (issue 14, ADR 0036): `BEGIN`, `enter_session($1)`, its reads,
 * `COMMIT`, one round trip fewer than `session_viewer`, `BEGIN`, `enter($1)`.
 *
 * - `alianza_private.enter_verified(parts)`: what `enter` did after verifying the signed claim,
 *   now shared; `enter` verifies and calls it (same answer, same facts, same re-use).
 * - `alianza_rls.enter_session(token_hash)`: the live session with that hash (as
 *   `session_viewer`), marked seen at most once a minute (skipped while another transaction holds
 *   the session's row: the mark now lives as long as the request's transaction), and the user's
 *   claim entered for the transaction as `enter` enters a signed user claim; answers the viewer's
 *   row with the facts. No live session: no row, and the transaction enters nothing (any facts
 *   it had end, as with `enter(NULL)`).
 * - `alianza_rls.enter_api_token(token_hash)`: the same for a reporting API token (as
 *   `api_token_viewer`, which marks `last_used_at`).
 *
 * The hash is the proof that `enter`'s signature was: so the API role may no longer read
 * `sessions.token_hash` or `api_tokens.token_hash` (column privileges, as `users.password_hash`),
 * else an injected SQL fragment could read any live session's hash and enter its user.
 */
export class SessionEntry1795419970000 implements MigrationInterface {
  name = 'SessionEntry1795419970000';

  private async facts(queryRunner: QueryRunner): Promise<string[]> {
    const columns: { name: string }[] = await queryRunner.query(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_schema = 'alianza_private' AND table_name = 'transaction_facts'
        ORDER BY ordinal_position`,
    );
    return columns.map((c) => c.name).filter((name) => !BOOKKEEPING.includes(name));
  }

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['sessions', 'api_tokens']) {
      const readable = await readableColumns(queryRunner, table);
      await queryRunner.query(`REVOKE SELECT ON "${table}" FROM alianza_api`);
      await queryRunner.query(`GRANT SELECT (${readable}) ON "${table}" TO alianza_api`);
    }

    const facts = await this.facts(queryRunner);
    await queryRunner.query(`CREATE FUNCTION alianza_private.enter_verified(parts text[]) RETURNS jsonb
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
DECLARE
  ${declarations}
BEGIN
  ${entering(facts)}
END $$`);
    await queryRunner.query(`CREATE OR REPLACE FUNCTION alianza_rls.enter(p_claim text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
BEGIN
  PERFORM set_config('alianza.transaction', '', true);
  IF p_claim IS NULL OR p_claim = '' THEN
    RETURN NULL;
  END IF;
  RETURN alianza_private.enter_verified(alianza_private.verified_claim(p_claim));
END $$`);

    await queryRunner.query(`CREATE FUNCTION alianza_rls.enter_session(p_token_hash text)
RETURNS TABLE (session_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean,
               is_facilitator boolean, has_second_factor boolean, email_verified boolean, facts jsonb)
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
#variable_conflict use_column
DECLARE
  hit record;
BEGIN
  PERFORM set_config('alianza.transaction', '', true);
  SELECT s.id AS sid, s.last_seen_at AS seen, u.id AS uid, u.email::text AS mail,
         u.display_name::text AS name, u.is_platform_admin AS admin, u.is_facilitator AS facilitator,
         EXISTS (SELECT 1 FROM user_second_factors f WHERE f.user_id = u.id AND f.confirmed_at IS NOT NULL) AS second,
         u.email_verified_at IS NOT NULL AS verified
    INTO hit
    FROM sessions s JOIN users u ON u.id = s.user_id
   WHERE s.token_hash = p_token_hash AND s.revoked_at IS NULL AND s.expires_at > now();
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF hit.seen < now() - interval '1 minute' THEN
    UPDATE sessions t SET last_seen_at = now()
     WHERE t.id = (SELECT x.id FROM sessions x
                    WHERE x.id = hit.sid AND x.last_seen_at < now() - interval '1 minute'
                    FOR UPDATE SKIP LOCKED);
  END IF;
  RETURN QUERY SELECT hit.sid, hit.uid, hit.mail, hit.name, hit.admin, hit.facilitator,
                      hit.second, hit.verified,
                      alianza_private.enter_verified(ARRAY['u', hit.uid::text, '', '']);
END $$`);

    await queryRunner.query(`CREATE FUNCTION alianza_rls.enter_api_token(p_token_hash text)
RETURNS TABLE (token_id uuid, user_id uuid, email text, display_name text, is_platform_admin boolean,
               is_facilitator boolean, facts jsonb)
LANGUAGE plpgsql VOLATILE ${DEFINER} AS $$
#variable_conflict use_column
DECLARE
  hit record;
BEGIN
  PERFORM set_config('alianza.transaction', '', true);
  SELECT t.id AS tid, t.last_used_at AS used, u.id AS uid, u.email::text AS mail,
         u.display_name::text AS name, u.is_platform_admin AS admin, u.is_facilitator AS facilitator
    INTO hit
    FROM api_tokens t JOIN users u ON u.id = t.user_id
   WHERE t.token_hash = p_token_hash AND t.revoked_at IS NULL AND t.expires_at > now();
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF hit.used IS NULL OR hit.used < now() - interval '1 minute' THEN
    UPDATE api_tokens t SET last_used_at = now()
     WHERE t.id = (SELECT x.id FROM api_tokens x
                    WHERE x.id = hit.tid
                      AND (x.last_used_at IS NULL OR x.last_used_at < now() - interval '1 minute')
                    FOR UPDATE SKIP LOCKED);
  END IF;
  RETURN QUERY SELECT hit.tid, hit.uid, hit.mail, hit.name, hit.admin, hit.facilitator,
                      alianza_private.enter_verified(ARRAY['u', hit.uid::text, '', '']);
END $$`);

    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_private FROM PUBLIC`);
    await queryRunner.query(`REVOKE ALL ON ALL FUNCTIONS IN SCHEMA alianza_rls FROM PUBLIC`);
    await queryRunner.query(`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA alianza_rls TO alianza_api`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION alianza_rls.enter_api_token(text)`);
    await queryRunner.query(`DROP FUNCTION alianza_rls.enter_session(text)`);
    await queryRunner.query(ENTER_BEFORE(await this.facts(queryRunner)));
    await queryRunner.query(`DROP FUNCTION alianza_private.enter_verified(text[])`);
    for (const table of ['sessions', 'api_tokens']) {
      await queryRunner.query(`REVOKE SELECT ON "${table}" FROM alianza_api`);
      await queryRunner.query(`GRANT SELECT ON "${table}" TO alianza_api`);
    }
  }
}
