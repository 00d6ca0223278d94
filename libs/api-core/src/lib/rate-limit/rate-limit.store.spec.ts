import { ThrottlerStorageService } from '@nestjs/throttler';
import fc from 'fast-check';
import { MemoryRateLimitStore } from './rate-limit.store';

describe('MemoryRateLimitStore', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2026-12-01T10:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('answers every hit as the throttler’s own storage does, blocks included', async () => {
    const step = fc.record({
      waitMs: fc.integer({ min: 0, max: 4_000 }),
      key: fc.constantFrom('ip:a', 'ip:b', 'user:u'),
      throttler: fc.constantFrom('ip', 'user'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(step, { maxLength: 120 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(0, 5_000, 20_000),
        async (steps, limit, blockDurationMs) => {
          const ours = new MemoryRateLimitStore();
          const theirs = new ThrottlerStorageService();
          try {
            for (const { waitMs, key, throttler } of steps) {
              jest.advanceTimersByTime(waitMs);
              const args = [
                `${throttler}:${key}`,
                10_000,
                limit,
                blockDurationMs,
                throttler,
              ] as const;
              expect(await ours.increment(...args)).toEqual(await theirs.increment(...args));
            }
          } finally {
            ours.onModuleDestroy();
            theirs.onApplicationShutdown();
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('costs the same per hit however many the window holds', async () => {
    jest.useRealTimers();
    const store = new MemoryRateLimitStore();
    const timeHits = async (n: number) => {
      const started = process.hrtime.bigint();
      for (let i = 0; i < n; i++) await store.increment('ip:many', 60_000, 1_000_000, 60_000, 'ip');
      return Number(process.hrtime.bigint() - started) / n;
    };
    try {
      await timeHits(2_000); // warm-up
      const early = await timeHits(2_000);
      await timeHits(50_000);
      const late = await timeHits(2_000);
      // Filtering the window on each hit made the late hits ~100× dearer; allow for noise.
      expect(late).toBeLessThan(early * 10);
    } finally {
      store.onModuleDestroy();
    }
  });

  it('forgets idle keys when it sweeps', async () => {
    const store = new MemoryRateLimitStore();
    try {
      await store.increment('ip:gone', 1_000, 10, 1_000, 'ip');
      jest.advanceTimersByTime(60_000);
      const record = await store.increment('ip:gone', 1_000, 10, 1_000, 'ip');
      expect(record.totalHits).toBe(1);
      expect((store as unknown as { hits: Map<string, unknown> }).hits.size).toBe(1);
      jest.advanceTimersByTime(120_000);
      expect((store as unknown as { hits: Map<string, unknown> }).hits.size).toBe(0);
    } finally {
      store.onModuleDestroy();
    }
  });
});
