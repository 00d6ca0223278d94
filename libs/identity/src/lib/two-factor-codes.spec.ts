import { generateSync } from 'otplib';
import {
  matchingTimeStep,
  newRecoveryCodes,
  newTotpSecret,
  normalizeRecoveryCode,
  normalizeTotpCode,
  otpauthUri,
  recoveryCodeHash,
  TOTP_PERIOD_SECONDS,
} from './two-factor-codes';

const codeAt = (secret: string, ms: number) =>
  generateSync({ secret, epoch: Math.floor(ms / 1000), period: TOTP_PERIOD_SECONDS });

describe('two-factor codes', () => {
  const secret = newTotpSecret();
  // The middle of a time step, so "one step earlier/later" is unambiguous.
  const now = (Math.floor(Date.now() / 30_000) + 0.5) * 30_000;
  const step = Math.floor(now / 30_000);

  it('makes a 160-bit Base32 secret and an otpauth address apps read', () => {
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(otpauthUri(secret, 'ana@example.org', 'Alianza'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Alianza:ana@example.org');
    expect(uri.searchParams.get('secret')).toBe(secret);
    expect(uri.searchParams.get('issuer')).toBe('Alianza');
  });

  it("accepts the current code, and the neighbouring steps' for a clock a little off", () => {
    expect(matchingTimeStep(secret, codeAt(secret, now), null, now)).toBe(step);
    expect(matchingTimeStep(secret, codeAt(secret, now - 30_000), null, now)).toBe(step - 1);
    expect(matchingTimeStep(secret, codeAt(secret, now + 30_000), null, now)).toBe(step + 1);
    expect(matchingTimeStep(secret, codeAt(secret, now - 90_000), null, now)).toBeNull();
  });

  it('refuses a code of a step already used, or of an earlier one', () => {
    const code = codeAt(secret, now);
    expect(matchingTimeStep(secret, code, step, now)).toBeNull();
    expect(matchingTimeStep(secret, codeAt(secret, now - 30_000), step, now)).toBeNull();
    expect(matchingTimeStep(secret, codeAt(secret, now + 30_000), step, now)).toBe(step + 1);
  });

  it('reads codes typed with spaces, and refuses what cannot be a code', () => {
    const code = codeAt(secret, now);
    expect(matchingTimeStep(secret, `${code.slice(0, 3)} ${code.slice(3)}`, null, now)).toBe(step);
    expect(normalizeTotpCode('12345')).toBeNull();
    expect(normalizeTotpCode('12a456')).toBeNull();
    expect(matchingTimeStep(secret, '', null, now)).toBeNull();
  });

  it('hands out distinct recovery codes of 80 bits, read back however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJ-NP-Z]{4}(-[2-9A-HJ-NP-Z]{4}){3}$/);
    const code = codes[0]!;
    const plain = code.replace(/-/g, '');
    expect(normalizeRecoveryCode(code.toLowerCase())).toBe(plain);
    expect(normalizeRecoveryCode(` ${plain.slice(0, 8)} ${plain.slice(8)} `)).toBe(plain);
    expect(normalizeRecoveryCode('0000-1111-OOOO-IIII')).toBeNull();
    expect(normalizeRecoveryCode('ABCD')).toBeNull();
  });

  it("hashes a recovery code with its user, so one account's hashes say nothing of another's", () => {
    const code = normalizeRecoveryCode(newRecoveryCodes(1)[0]!)!;
    expect(recoveryCodeHash('u1', code)).toMatch(/^[0-9a-f]{64}$/);
    expect(recoveryCodeHash('u1', code)).toBe(recoveryCodeHash('u1', code));
    expect(recoveryCodeHash('u1', code)).not.toBe(recoveryCodeHash('u2', code));
  });
});
