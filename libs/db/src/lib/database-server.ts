import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { DataSource } from 'typeorm';
import { RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { DatabaseUrls, setupDatabaseRoles } from './roles';

export const EMBEDDED_DATABASE = 'alianza';

/** The embedded server's roles: local to this machine's data folder, fixed passwords. */
export const EMBEDDED_ROLES = { owner: 'alianza_owner', app: 'alianza_app' } as const;

function withLogin(url: string, role: string): string {
  const u = new URL(url);
  u.username = role;
  u.password = role;
  return u.toString();
}

/**
 * Where the database is: DATABASE_URL (the API's restricted role) and DATABASE_OWNER_URL when
 * configured; otherwise an embedded PostgreSQL started here, its two roles created by this
 * function, and a `stop` that stops it.
 */
export async function resolveDatabase(
  config: Pick<AppConfig, 'databaseUrl' | 'databaseOwnerUrl' | 'embeddedPg'>,
  log: (message: string) => void = () => undefined,
  warn: (message: string) => void = log,
): Promise<{ urls: DatabaseUrls; embedded?: RunningPostgres }> {
  if (config.databaseUrl) {
    if (!config.databaseOwnerUrl)
      throw new Error('DATABASE_OWNER_URL is required with DATABASE_URL');
    return { urls: { app: config.databaseUrl, owner: config.databaseOwnerUrl } };
  }
  const { dataDir, port } = config.embeddedPg;
  log(`No DATABASE_URL: starting embedded PostgreSQL in ${dataDir} on port ${port}`);
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port,
    database: EMBEDDED_DATABASE,
    onRestart: warn,
  });
  const urls = {
    owner: withLogin(embedded.url, EMBEDDED_ROLES.owner),
    app: withLogin(embedded.url, EMBEDDED_ROLES.app),
  };
  await setupDatabaseRoles(embedded.url, urls);
  return { urls, embedded };
}

/**
 * Decides where the database is (see `resolveDatabase`) once per process, and stops an
 * embedded PostgreSQL, after the connection pool, on shutdown.
 */
@Injectable()
export class DatabaseServer implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseServer.name);
  private embedded?: RunningPostgres;
  private resolved?: Promise<DatabaseUrls>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  urls(): Promise<DatabaseUrls> {
    this.resolved ??= resolveDatabase(
      this.config,
      (m) => this.logger.log(m),
      (m) => this.logger.warn(m),
    ).then((r) => {
      this.embedded = r.embedded;
      return r.urls;
    });
    return this.resolved;
  }

  get isEmbedded(): boolean {
    return this.embedded !== undefined;
  }

  async onApplicationShutdown(): Promise<void> {
    if (!this.embedded) return;
    const dataSource = this.moduleRef.get(DataSource, { strict: false });
    if (dataSource.isInitialized) await dataSource.destroy();
    await this.embedded.stop();
    this.embedded = undefined;
    this.logger.log('Embedded PostgreSQL stopped');
  }
}
