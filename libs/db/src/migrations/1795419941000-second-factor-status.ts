import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Which of some users sign in with a second factor, for the platform administrators' list of
 * users (whom a reset would concern). Their factors stay unreadable to the administrators (the
 * rows hold the encrypted secrets): this answers only the ids with a confirmed factor, to a
 * platform administrator, or a user about themselves.
 */
export class SecondFactorStatus1795419941000 implements MigrationInterface {
  name = 'SecondFactorStatus1795419941000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
CREATE FUNCTION alianza_rls.users_with_second_factor(p_users uuid[]) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
  SELECT f.user_id FROM public.user_second_factors f
   WHERE f.user_id = ANY (p_users) AND f.confirmed_at IS NOT NULL
     AND (alianza_rls.claim_platform_admin() OR f.user_id = alianza_rls.claim_user()) $$`);
    await queryRunner.query(
      `REVOKE ALL ON FUNCTION alianza_rls.users_with_second_factor(uuid[]) FROM PUBLIC`,
    );
    await queryRunner.query(
      `GRANT EXECUTE ON FUNCTION alianza_rls.users_with_second_factor(uuid[]) TO alianza_api`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION alianza_rls.users_with_second_factor(uuid[])`);
  }
}
