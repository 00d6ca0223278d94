import { loadConfig } from '@alianza/api-core';
import type { LoggerService } from '@nestjs/common';
import { FrameworkDetailsAtDebug, startupSummary } from './startup-log';

describe('the start-up log', () => {
  it("puts Nest's module and route lines at debug level, and leaves the rest alone", () => {
    const lines: string[] = [];
    const logger = {
      log: (message: string, context: string) => lines.push(`info ${context}: ${message}`),
      debug: (message: string, context: string) => lines.push(`debug ${context}: ${message}`),
    } as LoggerService;
    const quiet = new FrameworkDetailsAtDebug(logger);
    quiet.log('AppModule dependencies initialized', 'InstanceLoader');
    quiet.log('Mapped {/graphql, POST} route', 'GraphQLModule');
    quiet.log('No DATABASE_URL: starting embedded PostgreSQL', 'DatabaseServer');
    expect(lines).toEqual([
      'debug InstanceLoader: AppModule dependencies initialized',
      'debug GraphQLModule: Mapped {/graphql, POST} route',
      'info DatabaseServer: No DATABASE_URL: starting embedded PostgreSQL',
    ]);
  });

  it('says where everything is, with the embedded database and the demo', () => {
    const config = loadConfig({ PORT: '3000', EMBEDDED_PG_PORT: '54329' });
    const demo = { facilitator: 'f@demo', participant: 'p@demo', password: 'pw' };
    expect(startupSummary(config, demo)).toEqual([
      'Alianza is ready on http://localhost:3000/ — database: embedded PostgreSQL (.data/postgres, port 54329); live updates: in-process',
      'Facilitator console: http://localhost:3000/console/',
      'Participant portal:  http://localhost:3000/portal/',
      'GraphQL API:         http://localhost:3000/graphql (explorer on)',
      'Demo: sign in as f@demo (console) or p@demo (portal), password pw; `npm run seed` lists every account',
    ]);
  });

  it('names an external database and Redis without their credentials', () => {
    const config = loadConfig({
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://alianza_app:app-secret@db.example:5433/alianza',
      DATABASE_OWNER_URL: 'postgres://alianza_owner:owner-secret@db.example:5433/alianza',
      REDIS_URL: 'redis://:redis-secret@cache.example:6379',
      GRAPHQL_EXPLORER: 'false',
    });
    const summary = startupSummary(config).join('\n');
    expect(summary).toContain(
      'database: PostgreSQL at db.example:5433/alianza; live updates: Redis at cache.example:6379',
    );
    expect(summary).toMatch(/GraphQL API: +http:\/\/127\.0\.0\.1:3000\/graphql$/);
    expect(summary).not.toMatch(/secret|Demo/);
  });
});
