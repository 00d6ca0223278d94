import { MigrationInterface, QueryRunner } from 'typeorm';

/** HMAC-SHA256 under the claim key, in SQL, of `purpose \0 value` (as `ClaimSigner.keyedHash`). */
const keyedHash = (purpose: string, value: string) =>
  `encode(sha256(k.okey || sha256(k.ikey || convert_to('${purpose}', 'UTF8') || '\\x00'::bytea || convert_to(${value}, 'UTF8'))), 'hex')`;

/**
 * Invitation links' tokens are stored as password reset links' are (issue 15, ADR 0026): a keyed
 * hash under the database's claim key (`Db.keyedHash`), which the API role cannot compute, so
 * that SQL injected into one of its statements cannot make an invitation whose link it knows (a
 * link proves its address). What is stored is the keyed hash of the token's SHA-256, so the plain
 * SHA-256 stored until now converts in place: every outstanding link keeps working, with no second
 * form accepted meanwhile. Run as the owner, the one role that reads the key.
 *
 * `down` cannot turn a keyed hash back into the SHA-256 (that is its point): it leaves the rows
 * as they are, and the links of invitations still pending then answer NOT_FOUND (resend them).
 */
export class KeyedInvitationTokens1795419860000 implements MigrationInterface {
  name = 'KeyedInvitationTokens1795419860000';

  async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['collaboration_invitations', 'organization_invitations'])
      await queryRunner.query(`UPDATE "${table}" t
        SET token_hash = ${keyedHash('invitation-link', 't.token_hash')}
        FROM alianza_private.claim_key k
       WHERE k.id = 1 AND t.token_hash IS NOT NULL`);
  }

  async down(): Promise<void> {
    // Nothing to undo in the schema; the hashes stay keyed (see above).
  }
}
