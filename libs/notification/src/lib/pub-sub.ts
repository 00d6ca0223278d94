import { Logger, Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import Redis, { RedisOptions } from 'ioredis';
import { RedisPubSubEngine } from './redis-pub-sub';

export const PUB_SUB = Symbol('PUB_SUB');

/** What readiness reports about live updates. */
export type LiveUpdatesHealth = 'in-process' | 'ok' | 'unavailable';

/**
 * Live events for GraphQL subscriptions and for the API processes among themselves: through
 * Redis when REDIS_URL is set (several API processes), in-process otherwise.
 *
 * Every channel carries the configured prefix, so environments sharing one Redis stay apart.
 * Publishing never makes the caller wait: a request that committed answers at once, and the
 * event goes out in the background (a Redis outage loses live events, which clients recover
 * from by reading again; it never blocks or fails a request).
 */
export class LiveEvents extends PubSubEngine {
  private readonly logger = new Logger('LiveEvents');
  private lastFailureLog = 0;

  constructor(
    private readonly engine: PubSubEngine,
    private readonly prefix: string,
    private readonly redis?: { publisher: Redis; subscriber: Redis },
  ) {
    super();
  }

  publish(trigger: string, payload: unknown): Promise<void> {
    this.engine
      .publish(this.prefix + trigger, payload)
      .catch((error: unknown) => this.failed('publish', error));
    return Promise.resolve();
  }

  subscribe(trigger: string, onMessage: (message: unknown) => void, options: object = {}) {
    return this.engine.subscribe(this.prefix + trigger, onMessage, options);
  }

  unsubscribe(subId: number): void {
    try {
      this.engine.unsubscribe(subId);
    } catch (error) {
      this.failed('unsubscribe', error);
    }
  }

  health(): LiveUpdatesHealth {
    if (!this.redis) return 'in-process';
    const { publisher, subscriber } = this.redis;
    return publisher.status === 'ready' && subscriber.status === 'ready' ? 'ok' : 'unavailable';
  }

  /** Closes the Redis connections (the in-process engine has nothing to close). */
  close(): void {
    this.redis?.publisher.disconnect();
    this.redis?.subscriber.disconnect();
  }

  /** Logged at most every 10 seconds: an outage must not flood the log. */
  failed(what: string, error: unknown): void {
    const now = Date.now();
    if (now - this.lastFailureLog < 10_000) return;
    this.lastFailureLog = now;
    const message = error instanceof Error ? error.message : String(error);
    this.logger.warn(`Live updates: ${what} failed (${message}); requests go on without them`);
  }
}

/**
 * Bounded everywhere: a command waits for at most one reconnection attempt and nothing queues
 * while disconnected on the publishing side, so an outage fails publishes fast instead of
 * piling them up; reconnection goes on in the background with a capped back-off.
 */
function redisOptions(publisher: boolean): RedisOptions {
  return {
    lazyConnect: false,
    connectTimeout: 2_000,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: !publisher,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5_000),
  };
}

export function createLiveEvents(config: Pick<AppConfig, 'redisUrl' | 'redisPrefix'>): LiveEvents {
  if (!config.redisUrl) return new LiveEvents(new PubSub(), config.redisPrefix);
  const publisher = new Redis(config.redisUrl, redisOptions(true));
  const subscriber = new Redis(config.redisUrl, redisOptions(false));
  const events = new LiveEvents(new RedisPubSubEngine(publisher, subscriber), config.redisPrefix, {
    publisher,
    subscriber,
  });
  // Without a listener ioredis prints every failed reconnection attempt to the console.
  publisher.on('error', (error: unknown) => events.failed('connection', error));
  subscriber.on('error', (error: unknown) => events.failed('connection', error));
  new Logger('LiveEvents').log('Live updates go through Redis');
  return events;
}

export const pubSubProvider: Provider = {
  provide: PUB_SUB,
  inject: [APP_CONFIG],
  useFactory: createLiveEvents,
};

export const userTopic = (userId: string) => `notification:${userId}`;
