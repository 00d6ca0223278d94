import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/** What development and test instances use when WEBHOOKS_KEY is unset (never production). */
export const DEVELOPMENT_WEBHOOKS_KEY =
  'alianza development webhooks key: not a secret, never for production';
/** Signing secrets start with this, so they are never mistaken for another kind of token. */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';
const VERSION = 'v1';

/**
 * Seals the endpoints' signing secrets (AES-256-GCM under a key derived by HKDF-SHA256 from
 * WEBHOOKS_KEY, as two-factor secrets are under TWO_FACTOR_KEY): `v1.<key id>.<iv>.<tag>.<data>`.
 * The sender must sign with the secret itself, so a hash would not do; the database never holds
 * the key.
 */
@Injectable()
export class WebhookSecrets {
  private readonly key: Buffer;
  readonly keyId: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const passphrase = config.webhooks.key ?? DEVELOPMENT_WEBHOOKS_KEY;
    if (!config.webhooks.key && config.env !== 'test')
      new Logger(WebhookSecrets.name).warn(
        'WEBHOOKS_KEY is unset: webhook signing secrets are sealed with a fixed development key (not a secret).',
      );
    this.key = Buffer.from(
      hkdfSync('sha256', passphrase, 'alianza', 'webhook secrets v1', 32) as ArrayBuffer,
    );
    this.keyId = createHash('sha256').update(this.key).digest('base64url').slice(0, 8);
  }

  /** A new signing secret (shown once to whoever creates the endpoint). */
  generate(): string {
    return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
  }

  seal(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(`${VERSION}.${this.keyId}`, 'utf8'));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    const parts = [iv, cipher.getAuthTag(), data].map((b) => b.toString('base64url'));
    return [VERSION, this.keyId, ...parts].join('.');
  }

  /** The secret, or an error saying why not (sealed under another key, or damaged). */
  open(sealed: string): string {
    const [version, keyId, iv, tag, data, extra] = sealed.split('.');
    if (version !== VERSION || !keyId || !iv || !tag || data === undefined || extra)
      throw new Error('Not a sealed webhook secret');
    if (keyId !== this.keyId)
      throw new Error(
        `Sealed under another WEBHOOKS_KEY (${keyId}; the current one is ${this.keyId})`,
      );
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(`${version}.${keyId}`, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(data, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  }
}
