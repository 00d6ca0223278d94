import { SecretBox } from './two-factor-secrets';

describe('SecretBox (two-factor secrets at rest)', () => {
  const box = new SecretBox('a passphrase of the two-factor secrets, 32+ characters');

  it('seals a secret so that only its key opens it, differently each time', () => {
    const sealed = box.seal('JBSWY3DPEHPK3PXP');
    expect(sealed).toMatch(/^v1\.[\w-]{8}\.[\w-]+\.[\w-]+\.[\w-]+$/);
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(box.seal('JBSWY3DPEHPK3PXP')).not.toBe(sealed);
    expect(box.open(sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(
      new SecretBox('a passphrase of the two-factor secrets, 32+ characters').open(sealed),
    ).toBe('JBSWY3DPEHPK3PXP');
  });

  it('says when a value was sealed under another key', () => {
    const other = new SecretBox('another passphrase entirely, also 32+ characters');
    expect(() => other.open(box.seal('JBSWY3DPEHPK3PXP'))).toThrow(/another key/);
  });

  it('refuses a damaged value', () => {
    const [v, id, iv, tag, ct] = box.seal('JBSWY3DPEHPK3PXP').split('.') as string[];
    const flipped = Buffer.from(ct!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() => box.open([v, id, iv, tag, flipped.toString('base64url')].join('.'))).toThrow();
    expect(() => box.open('not sealed')).toThrow(/Not a sealed/);
  });
});
