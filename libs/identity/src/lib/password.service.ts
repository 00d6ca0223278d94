import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import * as argon2 from 'argon2';

/** argon2id hashing. The dummy hash lets a login for an unknown email cost the same time. */
@Injectable()
export class PasswordService {
  private dummyHash?: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  hash(password: string): Promise<string> {
    return argon2.hash(password, {
      type: argon2.argon2id,
      memoryCost: this.config.passwordHashMemoryKib,
      timeCost: 2,
      parallelism: 1,
    });
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argon2.verify(hash, password);
    } catch {
      return false;
    }
  }

  /** Spend the time a real verification would, for an email that has no account. */
  async verifyAgainstDummy(password: string): Promise<void> {
    this.dummyHash ??= this.hash('not-a-real-password-but-the-same-cost');
    await this.verify(await this.dummyHash, password);
  }
}
