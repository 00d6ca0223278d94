import { createServer } from 'node:net';
import { createLiveEvents, LiveEvents } from './pub-sub';

/** A local port nothing listens on: Redis "refuses connections". */
async function refusedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

describe('live events through a Redis that refuses connections', () => {
  let events: LiveEvents;
  const unhandled: unknown[] = [];
  const record = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    process.on('unhandledRejection', record);
    events = createLiveEvents({
      redisUrl: `redis://127.0.0.1:${await refusedPort()}`,
      redisPrefix: 'pub-sub-spec:',
    });
  });

  afterAll(() => {
    events.close();
    process.off('unhandledRejection', record);
  });

  it('fails a subscription to its caller only, leaving no rejection unhandled', async () => {
    await expect(events.subscribe('topic', () => undefined)).rejects.toThrow();
    // The same topic again while the first attempt is refused, as a second socket would.
    await expect(
      Promise.all([
        events.subscribe('other', () => undefined),
        events.subscribe('other', () => undefined),
      ]),
    ).rejects.toThrow();
    await new Promise((r) => setTimeout(r, 500));
    expect(unhandled).toEqual([]);
    expect(events.health()).toBe('unavailable');
  });

  it('publishes without waiting or failing the caller', async () => {
    await expect(events.publish('topic', { any: 'thing' })).resolves.toBeUndefined();
  });
});
