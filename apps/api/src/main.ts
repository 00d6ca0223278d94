import 'reflect-metadata';
import { ConfigError, loadConfig } from '@alianza/api-core';
import { Logger } from 'nestjs-pino';
import { createApp } from './app/create-app';
import { seedDemo } from './app/demo-seed';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  if (config.demoData) {
    await app.init(); // migrations first
    await seedDemo(app);
  }
  await app.listen(config.port, config.host);
  const shown = config.host === '0.0.0.0' ? 'localhost' : config.host;
  const base = `http://${shown}:${config.port}`;
  app
    .get(Logger)
    .log(
      `Alianza on ${base}/ — facilitator console ${base}/console/, participant portal ${base}/portal/, GraphQL API ${base}/graphql${config.graphqlExplorer ? ' (explorer on)' : ''}`,
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
