import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploads never attached to an item version leave the database after `FILES_UNATTACHED_HOURS`
 * (docs/adr/0034): nobody may delete `item_files` rows through the API's role, so this function
 * deletes them for the sweeper alone (`Claims.system('file-prune')`), never one a version lists
 * nor one uploaded within the last hour, at most `p_limit` at a time (oldest first, skipping rows
 * an attachment is locking), and answers what it deleted so the sweeper removes their objects
 * from the store and records each in its collaboration's audit log.
 */
export class PruneUnattachedFiles1795419950000 implements MigrationInterface {
  name = 'PruneUnattachedFiles1795419950000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
CREATE FUNCTION alianza_rls.prune_unattached_files(p_uploaded_before timestamptz, p_limit integer)
RETURNS TABLE (id uuid, collaboration_id uuid, owner_organization_id uuid, name text, bytes bigint,
               sha256 text, created_at timestamptz)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, public, pg_temp
AS $$
#variable_conflict use_column
BEGIN
  IF alianza_rls.system_job() IS DISTINCT FROM 'file-prune' THEN
    RAISE EXCEPTION 'only the unattached-file sweeper prunes uploads' USING ERRCODE = '42501';
  END IF;
  IF p_uploaded_before > now() - interval '1 hour' THEN
    RAISE EXCEPTION 'uploads are kept at least an hour' USING ERRCODE = '22023';
  END IF;
  RETURN QUERY
  DELETE FROM public.item_files f
   WHERE f.id IN (SELECT u.id FROM public.item_files u
                   WHERE u.item_id IS NULL AND u.created_at < p_uploaded_before
                     AND NOT EXISTS (SELECT 1 FROM public.item_version_files vf
                                      WHERE vf.file_id = u.id)
                   ORDER BY u.created_at
                   LIMIT p_limit
                   FOR UPDATE SKIP LOCKED)
     AND f.item_id IS NULL
  RETURNING f.id, f.collaboration_id, f.owner_organization_id, f.name::text, f.bytes,
            f.sha256::text, f.created_at;
END $$`);
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION alianza_rls.prune_unattached_files(timestamptz, integer) FROM PUBLIC`,
    );
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION alianza_rls.prune_unattached_files(timestamptz, integer) TO alianza_api`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `DROP FUNCTION alianza_rls.prune_unattached_files(timestamptz, integer)`,
    );
  }
}
