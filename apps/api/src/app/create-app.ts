import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppConfig } from '@alianza/api-core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { serveWebApps } from './web-apps';

/** The API as `main.ts` runs it; tests boot exactly this. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create(AppModule.forRoot(config), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  serveWebApps(app, config.webDistDir, app.get(Logger));
  return app;
}
