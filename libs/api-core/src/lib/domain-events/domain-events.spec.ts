import { Injectable, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ConsumesEvent, DomainEvents } from './domain-events';
import { DomainEventsModule } from './domain-events.module';

class ThingApproved {
  constructor(readonly id: string) {}
}
class ThingRemoved {
  constructor(readonly id: string) {}
}

@Injectable()
class Ledger {
  readonly seen: string[] = [];
  @ConsumesEvent(ThingApproved)
  async record(event: ThingApproved): Promise<void> {
    this.seen.push(`ledger:${event.id}`);
  }
}

@Injectable()
class Mailer {
  readonly seen: string[] = [];
  @ConsumesEvent(ThingApproved)
  tell(event: ThingApproved): void {
    this.seen.push(`mail:${event.id}`);
  }
  @ConsumesEvent(ThingRemoved)
  refuse(event: ThingRemoved): void {
    throw new Error(`cannot remove ${event.id}`);
  }
}

@Module({ providers: [Ledger, Mailer] })
class ConsumersModule {}

@Module({ imports: [DomainEventsModule, ConsumersModule] })
class AppModule {}

describe('DomainEvents', () => {
  const start = () => NestFactory.createApplicationContext(AppModule, { logger: false });

  it('runs every consumer of the event, in any module, and only of that event', async () => {
    const app = await start();
    const events = app.get(DomainEvents);
    await events.publish(new ThingApproved('a1'));
    expect(app.get(Ledger).seen).toEqual(['ledger:a1']);
    expect(app.get(Mailer).seen).toEqual(['mail:a1']);
    expect(events.consumerCount(ThingApproved)).toBe(2);
    expect(events.consumerCount(ThingRemoved)).toBe(1);
  });

  it('lets a consumer refuse: the error reaches the publisher', async () => {
    const app = await start();
    await expect(app.get(DomainEvents).publish(new ThingRemoved('r1'))).rejects.toThrow(
      'cannot remove r1',
    );
  });

  it('publishes an event nobody consumes without effect', async () => {
    class Unheard {}
    const app = await start();
    await expect(app.get(DomainEvents).publish(new Unheard())).resolves.toBeUndefined();
  });
});
