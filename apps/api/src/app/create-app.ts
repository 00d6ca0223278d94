import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@alianza/api-core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { hardenHttp } from './http-hardening';
import { FrameworkDetailsAtDebug } from './startup-log';
import { serveWebApps } from './web-apps';

/** The API as `main.ts` runs it; tests boot exactly this. */
export async function createApp(config: AppConfig): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  // JSON bodies up to 4 MB (express' default is 100 kB): a customer list upload carries a file
  // of up to 2 MB as text (libs/activity checks that limit with a clear message). Bodies are
  // never logged (pino-http logs no body; see app.module.ts). A larger body is refused with
  // 413 and BAD_USER_INPUT (see mapError).
  app.useBodyParser('json', { limit: '4mb' });
  hardenHttp(app, config);
  // Which proxies' X-Forwarded-For names the client: its address is what rate limits count by.
  app.set('trust proxy', config.trustProxy);
  app.useLogger(new FrameworkDetailsAtDebug(app.get(Logger)));
  // No `enableShutdownHooks()`: its SIGTERM handler closes the database pools while requests are
  // still in flight. `main.ts` drains first, then closes (graceful-shutdown.ts, ADR 0046).
  serveWebApps(app, config.webDistDir, app.get(Logger));
  return app;
}
