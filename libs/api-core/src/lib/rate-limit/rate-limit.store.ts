import { Logger, OnModuleDestroy } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
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

/**
 * The hits of one key in its window, oldest first: their expiry instants from `head` on. Every
 * hit of a key has the same time to live, so they expire in order: pruning moves `head` past
 * the expired ones (the array is compacted now and then), and each hit costs O(1) however many
 * the window holds. (The throttler's own storage filters the whole list on every hit: with
 * raised budgets, tens of thousands of instants per request.)
 */
class HitWindow {
  private expiries: number[] = [];
  private head = 0;
  /** The window of the key: a block lasts past it. */
  expiresAt = 0;
  blockExpiresAt = 0;
  isBlocked = false;

  get count(): number {
    return this.expiries.length - this.head;
  }

  /** The instant the oldest live hit expires (undefined: none). */
  get oldest(): number | undefined {
    return this.count > 0 ? this.expiries[this.head] : undefined;
  }

  prune(now: number): void {
    while (this.head < this.expiries.length && this.expiries[this.head] <= now) this.head += 1;
    if (this.head > 1024 && this.head * 2 > this.expiries.length) {
      this.expiries = this.expiries.slice(this.head);
      this.head = 0;
    }
  }

  add(expiresAt: number): void {
    this.expiries.push(expiresAt);
  }

  clear(): void {
    this.expiries = [];
    this.head = 0;
  }

  idle(now: number): boolean {
    return (
      this.count === 0 && this.expiresAt <= now && !(this.isBlocked && this.blockExpiresAt > now)
    );
  }
}

const secondsUntil = (instant: number, now: number) => Math.ceil((instant - now) / 1000);

/**
 * One API process: hits counted per key in a sliding window, as the throttler's in-memory
 * storage counts them (same answers, blocks included), in O(1) per hit; failures and locks in
 * maps swept of expired entries.
 */
export class MemoryRateLimitStore extends RateLimitStore implements OnModuleDestroy {
  private readonly hits = new Map<string, HitWindow>();
  private readonly failures = new Map<string, Entry>();
  private readonly locks = new Map<string, Entry>();
  private readonly sweep = setInterval(() => this.evictExpired(), 60_000).unref();

  async increment(
    key: string,
    ttlMs: number,
    limit: number,
    blockDurationMs: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    const id = `${throttlerName}\u0000${key}`;
    let window = this.hits.get(id);
    if (!window) {
      window = new HitWindow();
      window.expiresAt = now + ttlMs;
      this.hits.set(id, window);
    }
    window.prune(now);
    if (window.expiresAt <= now) window.expiresAt = now + ttlMs;
    const timeToExpire = secondsUntil(window.expiresAt, now);
    if (blockDurationMs <= 0) {
      // Never blocked: a hit over the limit is refused and not counted.
      const isBlocked = window.count >= limit;
      if (!isBlocked) window.add(now + ttlMs);
      const oldest = window.oldest;
      return {
        totalHits: window.count + (isBlocked ? 1 : 0),
        timeToExpire,
        isBlocked,
        timeToBlockExpire: isBlocked && oldest !== undefined ? secondsUntil(oldest, now) : 0,
      };
    }
    if (!window.isBlocked) window.add(now + ttlMs);
    if (window.count > limit && !window.isBlocked) {
      window.isBlocked = true;
      window.blockExpiresAt = now + blockDurationMs;
    }
    const timeToBlockExpire = secondsUntil(window.blockExpiresAt, now);
    if (timeToBlockExpire <= 0 && window.isBlocked) {
      // The block is over: the window starts again with this hit.
      window.isBlocked = false;
      window.clear();
      window.add(now + ttlMs);
    }
    return {
      totalHits: window.count,
      timeToExpire,
      isBlocked: window.isBlocked,
      timeToBlockExpire,
    };
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
    this.hits.clear();
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
    for (const [key, window] of this.hits) {
      window.prune(now);
      if (window.idle(now)) this.hits.delete(key);
    }
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
