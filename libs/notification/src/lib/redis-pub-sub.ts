import { PubSubEngine } from 'graphql-subscriptions';
import type Redis from 'ioredis';

type Listener = (message: unknown) => void;

interface Channel {
  /** The local subscriptions listening on it. */
  ids: Set<number>;
  /** Redis's answer to SUBSCRIBE, shared by the subscriptions that asked meanwhile. */
  subscribed: Promise<void>;
}

/**
 * graphql-subscriptions' engine over two ioredis connections: one publishes, one subscribes (a
 * subscribing connection can do nothing else). Messages travel as JSON; a channel takes one
 * Redis subscription, shared by every local subscription to it, dropped with the last one.
 * ioredis subscribes again by itself after a reconnection.
 *
 * Written here rather than taken from graphql-redis-subscriptions (2.7), which leaves a rejected
 * promise unhandled when Redis refuses a subscription, and Node then ends the process: a Redis
 * outage must cost live updates, never the API (ADR 0019; pub-sub.spec.ts shows both).
 */
export class RedisPubSubEngine extends PubSubEngine {
  private nextId = 1;
  private readonly listeners = new Map<number, { channel: string; listener: Listener }>();
  private readonly channels = new Map<string, Channel>();

  constructor(
    private readonly publisher: Redis,
    private readonly subscriber: Redis,
  ) {
    super();
    subscriber.on('message', (channel: string, message: string) => this.deliver(channel, message));
  }

  async publish(channel: string, payload: unknown): Promise<void> {
    await this.publisher.publish(channel, JSON.stringify(payload));
  }

  /** Resolves once Redis has taken the subscription; rejects (to this caller only) if it did not. */
  async subscribe(channel: string, listener: Listener): Promise<number> {
    let entry = this.channels.get(channel);
    if (!entry) {
      const created: Channel = {
        ids: new Set(),
        subscribed: this.subscriber.subscribe(channel).then(() => undefined),
      };
      // A refused subscription is forgotten, so that the next one asks Redis again. This
      // handler also keeps the shared promise's rejection from going unhandled.
      created.subscribed.catch(() => {
        if (this.channels.get(channel) === created) this.channels.delete(channel);
      });
      this.channels.set(channel, created);
      entry = created;
    }
    await entry.subscribed;
    const id = this.nextId++;
    entry.ids.add(id);
    this.listeners.set(id, { channel, listener });
    return id;
  }

  unsubscribe(id: number): void {
    const subscription = this.listeners.get(id);
    if (!subscription) return;
    this.listeners.delete(id);
    const entry = this.channels.get(subscription.channel);
    if (!entry) return;
    entry.ids.delete(id);
    if (entry.ids.size > 0) return;
    this.channels.delete(subscription.channel);
    // Redis away: the subscription went with its connection (and is not renewed without us).
    this.subscriber.unsubscribe(subscription.channel).catch(() => undefined);
  }

  private deliver(channel: string, message: string): void {
    const entry = this.channels.get(channel);
    if (!entry) return;
    let payload: unknown;
    try {
      payload = JSON.parse(message);
    } catch {
      return;
    }
    for (const id of entry.ids) this.listeners.get(id)?.listener(payload);
  }
}
