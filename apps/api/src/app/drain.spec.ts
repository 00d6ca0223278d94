import { HttpAdapterHost } from '@nestjs/core';
import { Agent, createServer, get, IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Drain } from './drain';

/** A real HTTP server whose `/slow` answers after `slowMs` and `/hang` never does. */
async function serverWithDrain(
  slowMs: number,
): Promise<{ drain: Drain; server: Server; url: string }> {
  const hanging: ServerResponse[] = [];
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    if (request.url === '/slow') setTimeout(() => response.end('slow'), slowMs);
    else if (request.url === '/hang') hanging.push(response);
    else response.end('fast');
  });
  const drain = new Drain({ httpAdapter: { getHttpServer: () => server } } as HttpAdapterHost);
  drain.onApplicationBootstrap();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { drain, server, url: `http://127.0.0.1:${port}` };
}

function fetchWith(agent: Agent, url: string): Promise<{ body: string; connection?: string }> {
  return new Promise((resolve, reject) => {
    get(url, { agent }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ body, connection: response.headers.connection }));
    }).on('error', reject);
  });
}

describe('Drain', () => {
  let server: Server | undefined;
  const agent = new Agent({ keepAlive: true });

  afterEach(async () => {
    server?.closeAllConnections();
    await new Promise((resolve) => server?.close(resolve));
  });

  afterAll(() => agent.destroy());

  it('keeps connections alive until it drains, then closes each after its response', async () => {
    const started = await serverWithDrain(300);
    server = started.server;
    expect((await fetchWith(agent, `${started.url}/fast`)).connection).toBe('keep-alive');

    const slow = fetchWith(agent, `${started.url}/slow`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(started.drain.requestsInFlight).toBe(1);
    started.drain.begin();
    expect(started.drain.isDraining).toBe(true);

    // A request received while draining, and the one in flight when it began.
    expect(await fetchWith(agent, `${started.url}/fast`)).toEqual({
      body: 'fast',
      connection: 'close',
    });
    expect(await started.drain.settled(5_000)).toBe(true);
    expect(await slow).toEqual({ body: 'slow', connection: 'close' });
    expect(started.drain.requestsInFlight).toBe(0);
  });

  it('says when requests are still in flight after the grace period', async () => {
    const started = await serverWithDrain(0);
    server = started.server;
    const hung = fetchWith(agent, `${started.url}/hang`).catch(() => 'cut');
    await new Promise((resolve) => setTimeout(resolve, 50));
    started.drain.begin();
    expect(await started.drain.settled(100)).toBe(false);
    expect(started.drain.requestsInFlight).toBe(1);
    server.closeAllConnections();
    expect(await hung).toBe('cut');
    expect(await started.drain.settled(1_000)).toBe(true);
  });
});
