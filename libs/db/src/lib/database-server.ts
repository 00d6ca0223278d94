import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { DataSource } from 'typeorm';
import { RunningPostgres, startEmbeddedPostgres } from './embedded-postgres';

export const EMBEDDED_DATABASE = 'alianza';

/**
 * Decides where the database is: DATABASE_URL when configured, otherwise an embedded
 * PostgreSQL started here (and stopped, after the connection pool, on shutdown).
 */
@Injectable()
export class DatabaseServer implements OnApplicationShutdown {
  private readonly logger = new Logger(DatabaseServer.name);
  private embedded?: RunningPostgres;
  private resolvedUrl?: string;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  async url(): Promise<string> {
    if (this.resolvedUrl) return this.resolvedUrl;
    if (this.config.databaseUrl) {
      this.resolvedUrl = this.config.databaseUrl;
      return this.resolvedUrl;
    }
    const { dataDir, port } = this.config.embeddedPg;
    this.logger.log(`No DATABASE_URL: starting embedded PostgreSQL in ${dataDir} on port ${port}`);
    this.embedded = await startEmbeddedPostgres({ dataDir, port, database: EMBEDDED_DATABASE });
    this.resolvedUrl = this.embedded.url;
    return this.resolvedUrl;
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
