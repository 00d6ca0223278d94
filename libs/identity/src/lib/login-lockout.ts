import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, AppConfig, LockoutConfig, RateLimitStore } from '@alianza/api-core';
import { AppError } from '@alianza/shared';
import { createHash } from 'node:crypto';

/** Failures are forgotten this long after the latest (or after the longest lock, if longer). */
const FAILURE_MEMORY_MS = 3600_000;

/**
 * How long a key is locked after its `failures`-th failure in a row: nothing below the
 * threshold, then the first lock, doubled by each further failure, up to the longest lock.
 */
export function lockDurationMs(failures: number, threshold: number, policy: LockoutConfig): number {
  if (failures < threshold) return 0;
  const doublings = Math.min(failures - threshold, 30);
  return Math.min(policy.maxLockMs, policy.firstLockMs * 2 ** doublings);
}

interface Scope {
  key: string;
  threshold: number;
}

/**
 * The sign-in lockout (ADR 0018): failed sign-ins are counted per email (whether or not it has an
 * account, so the answers tell nothing) and per client address. Past a threshold, every attempt
 * is refused with RATE_LIMITED, the right password too, until the lock ends; refused attempts do
 * not count, so hammering a locked account does not lengthen its lock. A success forgets the
 * email's failures (not the address's: one's own account must not reset a guessing spree).
 */
@Injectable()
export class LoginLockout {
  constructor(
    private readonly store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get policy(): LockoutConfig {
    return this.config.rateLimits.lockout;
  }

  private scopes(email: string, clientIp: string): { account: Scope; address: Scope } {
    const prefix = `${this.config.rateLimits.keyPrefix}login:`;
    const emailHash = createHash('sha256').update(email, 'utf8').digest('hex');
    return {
      account: { key: `${prefix}email:${emailHash}`, threshold: this.policy.accountFailures },
      address: { key: `${prefix}ip:${clientIp}`, threshold: this.policy.ipFailures },
    };
  }

  /** Throws RATE_LIMITED while the email or the address is locked. */
  async refuseWhileLocked(email: string, clientIp: string): Promise<void> {
    const { account, address } = this.scopes(email, clientIp);
    const [a, b] = await Promise.all([
      this.store.lockedFor(account.key),
      this.store.lockedFor(address.key),
    ]);
    const ms = Math.max(a, b);
    if (ms > 0) throw AppError.rateLimited(ms / 1000, 'Too many failed sign-in attempts');
  }

  async failed(email: string, clientIp: string): Promise<void> {
    const memoryMs = Math.max(FAILURE_MEMORY_MS, this.policy.maxLockMs);
    await Promise.all(
      Object.values(this.scopes(email, clientIp)).map(async ({ key, threshold }) => {
        const lockMs = lockDurationMs(
          await this.store.countFailure(key, memoryMs),
          threshold,
          this.policy,
        );
        if (lockMs > 0) await this.store.lock(key, lockMs);
      }),
    );
  }

  async succeeded(email: string, clientIp: string): Promise<void> {
    await this.store.forget(this.scopes(email, clientIp).account.key);
  }
}
