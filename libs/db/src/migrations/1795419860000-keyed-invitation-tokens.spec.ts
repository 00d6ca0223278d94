import { createHash, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { claimSigner } from '../lib/claim-signer';
import { scratchDatabase } from '../lib/scratch-database';
import { KeyedInvitationTokens1795419860000 as Migration } from './1795419860000-keyed-invitation-tokens';

const sha256 = (value: string) => createHash('sha256').update(value, 'utf8').digest('hex');

/** Outstanding invitations' plain SHA-256 become the keyed hash the API computes, in place. */
describe('migration: invitation tokens keyed', () => {
  let ds: DataSource;
  let drop: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    ({ ds, drop } = await scratchDatabase(
      process.env['ALIANZA_TEST_ADMIN_DATABASE_URL']!,
      'invitation_tokens',
    ));
  });

  afterAll(() => drop?.());

  it('hashes each stored SHA-256 under the claim key, as the API hashes a presented token', async () => {
    const [someId, toCollaboration, toOrganization, beforeLinks] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    const [tokenC, tokenO] = [`alzi_${randomUUID()}`, `alzi_${randomUUID()}`];
    const runner = ds.createQueryRunner();
    try {
      // Only the columns the migration reads matter: the foreign keys are not checked here.
      await runner.query(`SET session_replication_role = replica`);
      await runner.query(
        `INSERT INTO collaboration_invitations (id, collaboration_id, email, organization_name, locale, token_hash, invited_by, sent_at, expires_at)
         VALUES ($1, $2, 'a@example.org', 'A', 'es', $3, $2, now(), now() + interval '1 day')`,
        [toCollaboration, someId, sha256(tokenC)],
      );
      await runner.query(
        `INSERT INTO organization_invitations (id, organization_id, email, role, token_hash, invited_by, expires_at)
         VALUES ($1, $2, 'b@example.org', 'member', $3, $2, now() + interval '1 day'),
                ($4, $2, 'c@example.org', 'member', NULL, $2, now() + interval '1 day')`,
        [toOrganization, someId, sha256(tokenO), beforeLinks],
      );
      await new Migration().up(runner);
      const [{ key }] = await runner.query(`SELECT key FROM alianza_private.claim_key`);
      const keyed = (token: string) => claimSigner(key).keyedHash('invitation-link', sha256(token));
      const hashOf = async (table: string, id: string) =>
        (await runner.query(`SELECT token_hash FROM ${table} WHERE id = $1`, [id]))[0].token_hash;
      expect(await hashOf('collaboration_invitations', toCollaboration)).toBe(keyed(tokenC));
      expect(await hashOf('organization_invitations', toOrganization)).toBe(keyed(tokenO));
      expect(await hashOf('organization_invitations', beforeLinks)).toBeNull();
    } finally {
      await runner.release();
    }
  });
});
