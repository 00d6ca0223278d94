import { INestApplication } from '@nestjs/common';
import { AppConfig } from '@alianza/api-core';
import type { Server } from 'node:http';
import { Drain } from './drain';
import { LiveSockets } from './live-sockets';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Stops one API process without refusing or cutting anything a client sent it (ADR 0046):
 * 1. not ready (/health/ready 503), still serving for SHUTDOWN_DELAY_SECONDS, while the load
 *    balancer notices and sends its traffic to the other replicas; responses say
 *    `Connection: close`, so keep-alive clients leave on their own;
 * 2. stops listening, closes the idle keep-alive connections, and tells the live-update sockets
 *    to reconnect (close code 1012, "service restart": the web apps' client reconnects at once,
 *    through the balancer, to another replica);
 * 3. waits up to SHUTDOWN_GRACE_SECONDS for the requests in progress, then cuts what is left;
 * 4. closes the application: sweeps stop (waiting for a run in progress), then the database
 *    pools and Redis close.
 */
export async function drainAndClose(
  app: INestApplication,
  config: AppConfig,
  log: (message: string) => void,
): Promise<void> {
  const drain = app.get(Drain);
  const server = app.getHttpServer() as Server;
  drain.begin();
  log(`Draining: not ready, still serving for ${config.shutdown.delayMs / 1000} s`);
  await sleep(config.shutdown.delayMs);

  server.close();
  server.closeIdleConnections();
  const sockets = app.get(LiveSockets).restartAll();
  log(
    `Stopped listening; ${sockets} live socket(s) told to reconnect, ` +
      `${drain.requestsInFlight} request(s) in progress`,
  );
  if (!(await drain.settled(config.shutdown.graceMs))) {
    log(
      `${drain.requestsInFlight} request(s) still in progress after ` +
        `${config.shutdown.graceMs / 1000} s (SHUTDOWN_GRACE_SECONDS): cut`,
    );
    server.closeAllConnections();
  }
  await app.close();
  log('Stopped');
}

/**
 * SIGTERM (an orchestrator, `docker stop`) and SIGINT (Ctrl-C) drain and close the application,
 * then exit 0; a second signal while draining exits at once.
 */
export function drainOnSignals(
  app: INestApplication,
  config: AppConfig,
  log: (message: string) => void,
): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      log(`${signal} again while draining: exiting now`);
      process.exit(1);
    }
    stopping = true;
    log(`${signal} received`);
    drainAndClose(app, config, log).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('The API could not stop cleanly:', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
