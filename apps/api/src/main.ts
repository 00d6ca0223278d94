// First: traces patch http, express, graphql and pg before anything loads them (ADR 0047).
import './tracing';
import 'reflect-metadata';
import { ConfigError, loadConfig } from '@alianza/api-core';
import { Logger } from 'nestjs-pino';
import { createApp } from './app/create-app';
import { DEMO_SIGN_IN, seedDemo } from './app/demo-seed';
import { drainOnSignals } from './app/graceful-shutdown';
import { startupSummary } from './app/startup-log';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  if (config.demoData) {
    await app.init(); // migrations first
    await seedDemo(app, { quiet: true });
  }
  await app.listen(config.port, config.host);
  const logger = app.get(Logger);
  for (const line of startupSummary(config, config.demoData ? DEMO_SIGN_IN : undefined)) {
    logger.log(line, 'Alianza');
  }
  // SIGTERM: drain (not ready, serve on, finish what is in flight), then close (ADR 0046).
  drainOnSignals(app, config, (message) => logger.log(message, 'Shutdown'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('The API could not start:', error);
  }
  process.exit(1);
});
