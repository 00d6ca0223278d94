import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { APP_CONFIG, AppConfig } from '../config';
import { RateLimitGuard, throttlerOptions } from './rate-limit.guard';
import { MemoryRateLimitStore, RateLimitStore, RedisRateLimitStore } from './rate-limit.store';

/** The counts of the rate limits, for the throttler and for domain lockouts (e.g. sign-in). */
@Global()
@Module({
  providers: [
    {
      provide: RateLimitStore,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig): RateLimitStore =>
        config.redisUrl ? new RedisRateLimitStore(config.redisUrl) : new MemoryRateLimitStore(),
    },
  ],
  exports: [RateLimitStore],
})
export class RateLimitStoreModule {}

/**
 * Rate limits on every GraphQL operation and budgeted HTTP route, and on each protected action
 * (see `throttlerOptions`, ADR 0018). Import it before the authorization module, so a refused
 * request costs no ability lookup.
 */
@Module({})
export class RateLimitModule {
  static forRoot(): DynamicModule {
    return {
      module: RateLimitModule,
      imports: [
        RateLimitStoreModule,
        ThrottlerModule.forRootAsync({
          imports: [RateLimitStoreModule],
          inject: [APP_CONFIG, RateLimitStore],
          useFactory: throttlerOptions,
        }),
      ],
      providers: [{ provide: APP_GUARD, useClass: RateLimitGuard }],
    };
  }
}
