import { Injectable, OnModuleInit, SetMetadata, Type } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';

const CONSUMES = 'alianza:consumes-domain-event';

type Consumer = (event: object) => Promise<void>;

/**
 * Marks a provider's method as a consumer of a domain event (a class of the emitting domain,
 * e.g. `DisclosureApproved`). It runs inside the emitter's transaction, before the emitting
 * operation returns: a consumer that throws undoes the whole operation. `grep
 * "@ConsumesEvent(DisclosureApproved)"` finds every consumer.
 */
export const ConsumesEvent = (event: Type<object>): MethodDecorator => SetMetadata(CONSUMES, event);

/**
 * Typed domain events (ADR 0020): the emitting domain `publish`es an instance of one of its
 * event classes; the consumers, in other domains, are the methods marked `@ConsumesEvent` on
 * any provider. The emitter knows no consumer, and no consumer can swap another out.
 */
@Injectable()
export class DomainEvents implements OnModuleInit {
  private readonly consumers = new Map<Type<object>, Consumer[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object' || wrapper.isNotMetatype) continue;
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = prototype[name];
        if (typeof method !== 'function') continue;
        const event = this.reflector.get<Type<object> | undefined>(CONSUMES, method);
        if (!event) continue;
        const list = this.consumers.get(event) ?? [];
        list.push(async (published) => {
          await (method as (e: object) => unknown).call(instance, published);
        });
        this.consumers.set(event, list);
      }
    }
  }

  /** Runs every consumer of the event, one after the other, in the caller's transaction. */
  async publish(event: object): Promise<void> {
    const consumers = this.consumers.get(event.constructor as Type<object>) ?? [];
    for (const consume of consumers) await consume(event);
  }

  /** How many consumers an event class has (for start-up checks and tests). */
  consumerCount(event: Type<object>): number {
    return this.consumers.get(event)?.length ?? 0;
  }
}
