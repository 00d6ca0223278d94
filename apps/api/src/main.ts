import 'reflect-metadata';
import { ConfigError, loadConfig } from '@alianza/api-core';
import { Logger } from 'nestjs-pino';
import { createApp } from './app/create-app';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  app
    .get(Logger)
    .log(
      `Alianza API on http://${shown}:${config.port}/graphql${config.graphqlExplorer ? ' (explorer on)' : ''}`,
    );
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(error.message);
  } else {
    console.error('The API could not start:', error);
  }
  process.exit(1);
});
