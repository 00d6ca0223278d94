import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/** What development and test instances use when TWO_FACTOR_KEY is unset (never production). */
export const DEVELOPMENT_TWO_FACTOR_KEY =
  'alianza development two-factor key: not a secret, never for production';

const VERSION = 'v1';

/**
 * Seals text (a TOTP secret) with AES-256-GCM under a key derived (HKDF-SHA256) from a passphrase
 * of 32+ characters: `v1.<key id>.<iv>.<tag>.<ciphertext>`, each part base64url. The key id (the
 * first bytes of a hash of the key) says which key sealed a value, so a value sealed under
 * another key is told apart from a damaged one.
 */
export class SecretBox {
  private readonly key: Buffer;
  readonly keyId: string;

  constructor(passphrase: string) {
    this.key = Buffer.from(
      hkdfSync('sha256', passphrase, 'alianza', 'two-factor secrets v1', 32) as ArrayBuffer,
    );
    this.keyId = createHash('sha256').update(this.key).digest('base64url').slice(0, 8);
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(`${VERSION}.${this.keyId}`, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), ciphertext].map((b) => b.toString('base64url'));
    return [VERSION, this.keyId, ...parts].join('.');
  }

  /** The text, or an error saying why not (another key, or damaged). */
  open(sealed: string): string {
    const [version, keyId, iv, tag, ciphertext, extra] = sealed.split('.');
    if (version !== VERSION || !keyId || !iv || !tag || ciphertext === undefined || extra)
      throw new Error('Not a sealed two-factor secret');
    if (keyId !== this.keyId)
      throw new Error(`Sealed under another key (${keyId}; the current one is ${this.keyId})`);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`${version}.${keyId}`, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }
}

/**
 * The application's box for two-factor secrets: TWO_FACTOR_KEY, or (never in production: the
 * configuration refuses to start without it there) a fixed development key, said at start.
 */
@Injectable()
export class TwoFactorSecrets extends SecretBox {
  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    super(config.twoFactor.key ?? DEVELOPMENT_TWO_FACTOR_KEY);
    if (!config.twoFactor.key)
      new Logger(TwoFactorSecrets.name).warn(
        'TWO_FACTOR_KEY is unset: two-factor secrets are sealed with a fixed development key (not a secret). Set TWO_FACTOR_KEY before anyone turns two-factor sign-in on in earnest.',
      );
  }
}
