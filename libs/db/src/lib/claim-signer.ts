import { createHmac } from 'node:crypto';
import { Client } from 'pg';
import { Claim, signClaim } from './claim';

/** Signs the claims of this process's transactions (see `signClaim`). */
export interface ClaimSigner {
  sign(claim: Claim): string;
  /**
   * HMAC-SHA256 (hex) of `value` for `purpose` under the claim key: what to store of a one-time
   * token (a password reset link's), so that the API role, which cannot read the key, cannot
   * make a row for a token of its choosing (SQL injected into a statement could otherwise).
   */
  keyedHash(purpose: string, value: string): string;
}

export const CLAIM_SIGNER = Symbol('CLAIM_SIGNER');

export function claimSigner(key: Buffer): ClaimSigner {
  return {
    sign: (claim) => signClaim(key, claim),
    keyedHash: (purpose, value) =>
      createHmac('sha256', key).update(`${purpose}\0${value}`, 'utf8').digest('hex'),
  };
}

/**
 * The database's claim key, read once at start through the owner's connection: the API role
 * itself cannot read it, so neither can SQL injected into one of its statements.
 */
export async function readClaimKey(ownerUrl: string): Promise<Buffer> {
  const client = new Client({ connectionString: ownerUrl, application_name: 'alianza-owner' });
  await client.connect();
  try {
    const { rows } = await client.query<{ key: Buffer }>(
      'SELECT key FROM alianza_private.claim_key WHERE id = 1',
    );
    const key = rows[0]?.key;
    if (!key) throw new Error('The database has no claim key: run the migrations');
    return key;
  } catch (error) {
    if ((error as { code?: string }).code === '42P01')
      throw new Error('The database has no claim key yet: run the migrations (npm run db:migrate)');
    throw error;
  } finally {
    await client.end();
  }
}
