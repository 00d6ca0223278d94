import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import type { ThrottlerStorageRecord } from '@nestjs/throttler/dist/throttler-storage-record.interface';
import Redis from 'ioredis';

/**
 * Where the rate limits count: the throttler's hits (`increment`) and the failure counters and
 * locks of the login lockout. In-process by default; in Redis when REDIS_URL is set, so every
 * API server sees the same counts. Keys arrive already prefixed (REDIS_PREFIX).
 */
export abstract class RateLimitStore implements ThrottlerStorage {
  abstract increment(
    key: string,
    ttlMs: number,
    limit: number,
    blockDurationMs: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord>;

  /** Milliseconds left of the lock on `key`; 0 when it is not locked. */
  abstract lockedFor(key: string): Promise<number>;

  /** One more failure for `key`, remembered `memoryMs` after the latest; the count so far. */
  abstract countFailure(key: string, memoryMs: number): Promise<number>;

  /** Locks `key` for `ms` (a longer lock already there stays). */
  abstract lock(key: string, ms: number): Promise<void>;

  /** Forgets the failures and the lock of `key`. */
  abstract forget(key: string): Promise<void>;
}

interface Entry {
  value: number;
  expiresAt: number;
}

/** One API process: the throttler's own in-memory storage, and maps swept of expired entries. */
export class MemoryRateLimitStore extends RateLimitStore implements OnModuleDestroy {
  private readonly hits = new ThrottlerStorageService();
  private readonly failures = new Map<string, Entry>();
  private readonly locks = new Map<string, Entry>();
  private readonly sweep = setInterval(() => this.evictExpired(), 60_000).unref();

  increment(
    key: string,
    ttlMs: number,
    limit: number,
    blockDurationMs: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    return this.hits.increment(key, ttlMs, limit, blockDurationMs, throttlerName);
  }

  async lockedFor(key: string): Promise<number> {
    return Math.max(0, (this.live(this.locks, key)?.expiresAt ?? 0) - Date.now());
  }

  async countFailure(key: string, memoryMs: number): Promise<number> {
    const value = (this.live(this.failures, key)?.value ?? 0) + 1;
    this.failures.set(key, { value, expiresAt: Date.now() + memoryMs });
    return value;
  }

  async lock(key: string, ms: number): Promise<void> {
    const expiresAt = Date.now() + ms;
    if ((this.live(this.locks, key)?.expiresAt ?? 0) < expiresAt)
      this.locks.set(key, { value: 1, expiresAt });
  }

  async forget(key: string): Promise<void> {
    this.failures.delete(key);
    this.locks.delete(key);
  }

  onModuleDestroy(): void {
    clearInterval(this.sweep);
    this.hits.onApplicationShutdown();
  }

  private live(map: Map<string, Entry>, key: string): Entry | undefined {
    const entry = map.get(key);
    if (entry && entry.expiresAt <= Date.now()) {
      map.delete(key);
      return undefined;
    }
    return entry;
  }

  private evictExpired(): void {
    const now = Date.now();
    for (const map of [this.failures, this.locks])
      for (const [key, entry] of map) if (entry.expiresAt <= now) map.delete(key);
  }
}

/**
 * Redis, shared by every API server. A Redis that does not answer never holds a request up: each
 * command fails fast (no offline queue, one retry, a short timeout) and the process's own
 * in-memory counts answer meanwhile, so the limits still hold per server (logged).
 */
export class RedisRateLimitStore extends RateLimitStore implements OnModuleDestroy {
  private readonly logger = new Logger('RateLimits');
  private readonly redis: Redis;
  private readonly hits: ThrottlerStorageRedisService;
  private readonly fallback = new MemoryRateLimitStore();
  private lastWarning = 0;

  constructor(url: string) {
    super();
    this.redis = new Redis(url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: 2_000,
      commandTimeout: 1_000,
    });
    this.redis.on('error', (error: Error) => this.warn(error));
    this.hits = new ThrottlerStorageRedisService(this.redis);
  }

  increment(
    key: string,
    ttlMs: number,
    limit: number,
    blockDurationMs: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    return this.either(
      () => this.hits.increment(key, ttlMs, limit, blockDurationMs, throttlerName),
      (memory) => memory.increment(key, ttlMs, limit, blockDurationMs, throttlerName),
    );
  }

  lockedFor(key: string): Promise<number> {
    return this.either(
      async () => Math.max(0, await this.redis.pttl(`${key}:lock`)),
      (memory) => memory.lockedFor(key),
    );
  }

  countFailure(key: string, memoryMs: number): Promise<number> {
    return this.either(
      async () => {
        const replies = await this.redis
          .multi()
          .incr(`${key}:failures`)
          .pexpire(`${key}:failures`, memoryMs)
          .exec();
        const [error, value] = replies?.[0] ?? [new Error('The transaction was discarded')];
        if (error) throw error;
        return Number(value);
      },
      (memory) => memory.countFailure(key, memoryMs),
    );
  }

  lock(key: string, ms: number): Promise<void> {
    return this.either(
      async () => {
        // A longer lock already there stays.
        const lockKey = `${key}:lock`;
        if ((await this.redis.pttl(lockKey)) < ms) await this.redis.set(lockKey, '1', 'PX', ms);
      },
      (memory) => memory.lock(key, ms),
    );
  }

  forget(key: string): Promise<void> {
    return this.either(
      async () => void (await this.redis.del(`${key}:failures`, `${key}:lock`)),
      (memory) => memory.forget(key),
    );
  }

  onModuleDestroy(): void {
    this.fallback.onModuleDestroy();
    this.redis.disconnect(false);
  }

  private async either<T>(
    shared: () => Promise<T>,
    local: (memory: MemoryRateLimitStore) => Promise<T>,
  ): Promise<T> {
    try {
      return await shared();
    } catch (error) {
      this.warn(error);
      return local(this.fallback);
    }
  }

  /** At most one warning every 30 seconds while Redis is away. */
  private warn(error: unknown): void {
    if (Date.now() - this.lastWarning < 30_000) return;
    this.lastWarning = Date.now();
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(`Redis is not answering (${message}): rate limits count in this process`);
  }
}
