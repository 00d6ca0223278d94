import { Logger, Provider } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { PubSub, PubSubEngine } from 'graphql-subscriptions';
import { RedisPubSub } from 'graphql-redis-subscriptions';
import Redis from 'ioredis';

export const PUB_SUB = Symbol('PUB_SUB');

/**
 * Live events for GraphQL subscriptions: through Redis when REDIS_URL is set (several API
 * processes), in-process otherwise.
 */
export const pubSubProvider: Provider = {
  provide: PUB_SUB,
  inject: [APP_CONFIG],
  useFactory: (config: AppConfig): PubSubEngine => {
    if (!config.redisUrl) return new PubSub();
    new Logger('PubSub').log('Live updates go through Redis');
    const options = { maxRetriesPerRequest: null, lazyConnect: false };
    return new RedisPubSub({
      publisher: new Redis(config.redisUrl, options),
      subscriber: new Redis(config.redisUrl, options),
    });
  },
};

/** Closes Redis connections on shutdown (the in-process engine has nothing to close). */
export async function closePubSub(engine: PubSubEngine): Promise<void> {
  if (engine instanceof RedisPubSub) {
    engine.getPublisher().disconnect();
    engine.getSubscriber().disconnect();
  }
}

export const userTopic = (userId: string) => `notification:${userId}`;
