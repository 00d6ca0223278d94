import type { LoggerService } from '@nestjs/common';
import type { AppConfig } from '@alianza/api-core';

/** Nest's own start-up contexts: modules initialised, controllers and routes mapped. */
const FRAMEWORK_CONTEXTS = new Set([
  'NestFactory',
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestApplication',
  'GraphQLModule',
]);

/**
 * The application's logger with Nest's start-up details (one line per module and route, ~50)
 * at debug level: `LOG_LEVEL=debug` shows them; the default start-up log says where things are.
 */
export class FrameworkDetailsAtDebug implements LoggerService {
  constructor(private readonly logger: LoggerService) {}

  log(message: unknown, ...params: unknown[]): void {
    const context = params.at(-1);
    if (typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context)) {
      this.logger.debug?.(message, ...params);
    } else {
      this.logger.log(message, ...params);
    }
  }

  error(message: unknown, ...params: unknown[]): void {
    this.logger.error(message, ...params);
  }

  warn(message: unknown, ...params: unknown[]): void {
    this.logger.warn(message, ...params);
  }

  debug(message: unknown, ...params: unknown[]): void {
    this.logger.debug?.(message, ...params);
  }

  verbose(message: unknown, ...params: unknown[]): void {
    this.logger.verbose?.(message, ...params);
  }

  fatal(message: unknown, ...params: unknown[]): void {
    this.logger.fatal?.(message, ...params);
  }
}

/** A database URL without its credentials. */
function where(url: string): string {
  const u = new URL(url);
  return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
}

/** What `npm start` says once ready: where each part is, and what it runs on. */
export function startupSummary(
  config: AppConfig,
  demo?: { facilitator: string; participant: string; password: string },
): string[] {
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const base = `http://${host}:${config.port}`;
  const database = config.databaseUrl
    ? `PostgreSQL at ${where(config.databaseUrl)}`
    : `embedded PostgreSQL (${config.embeddedPg.dataDir}, port ${config.embeddedPg.port})`;
  const live = config.redisUrl ? `Redis at ${where(config.redisUrl)}` : 'in-process';
  return [
    `Alianza is ready on ${base}/ — database: ${database}; live updates: ${live}`,
    `Facilitator console: ${base}/console/`,
    `Participant portal:  ${base}/portal/`,
    `GraphQL API:         ${base}/graphql${config.graphqlExplorer ? ' (explorer on)' : ''}`,
    ...(demo
      ? [
          `Demo: sign in as ${demo.facilitator} (console) or ${demo.participant} (portal), ` +
            `password ${demo.password}; \`npm run seed\` lists every account`,
        ]
      : []),
  ];
}
