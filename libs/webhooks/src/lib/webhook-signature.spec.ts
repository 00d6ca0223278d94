import { createHmac } from 'node:crypto';
import { signatureHeader, verifySignature } from './webhook-signature';

describe('webhook signatures', () => {
  const secret = 'whsec_test';
  const body = '{"id":"e1","kind":"disclosure.approved"}';

  it('signs "<t>.<raw body>" with HMAC-SHA256, as a receiver recomputes it', () => {
    const header = signatureHeader(secret, body, 1_800_000_000);
    const expected = createHmac('sha256', secret).update(`1800000000.${body}`).digest('hex');
    expect(header).toBe(`t=1800000000,v1=${expected}`);
    expect(verifySignature(secret, body, header, 1_800_000_010)).toBe(true);
  });

  it('refuses another body, another secret, and an old timestamp (a replayed delivery)', () => {
    const header = signatureHeader(secret, body, 1_800_000_000);
    expect(verifySignature(secret, `${body} `, header, 1_800_000_000)).toBe(false);
    expect(verifySignature('whsec_other', body, header, 1_800_000_000)).toBe(false);
    expect(verifySignature(secret, body, header, 1_800_000_000 + 301)).toBe(false);
    expect(verifySignature(secret, body, 'v1=abc', 1_800_000_000)).toBe(false);
  });
});
