import { Global, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { DataSource } from 'typeorm';
import { CLAIM_SIGNER, claimSigner, readClaimKey } from './claim-signer';
import { dataSourceOptions } from './data-source-options';
import { DatabaseServer } from './database-server';
import { Db } from './db.service';
import { runMigrations } from './migrate';
import { runtimeRoleProblems } from './roles';

@Global()
@Module({
  providers: [DatabaseServer],
  exports: [DatabaseServer],
})
class DatabaseServerModule {}

const logger = new Logger('DbModule');

/**
 * Before the API serves anything: the migrations, as the owner (when MIGRATE_ON_START), then the
 * claim key, read through the owner's connection once.
 */
async function prepareDatabase(server: DatabaseServer, config: AppConfig) {
  const { owner } = await server.urls();
  if (config.migrateOnStart) {
    const dataSource = await new DataSource(dataSourceOptions(owner, 'alianza-owner')).initialize();
    try {
      const applied = await runMigrations(dataSource);
      if (applied.length > 0)
        logger.log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`);
    } finally {
      await dataSource.destroy();
    }
  }
  return claimSigner(await readClaimKey(owner));
}

@Global()
@Module({
  imports: [
    DatabaseServerModule,
    TypeOrmModule.forRootAsync({
      inject: [DatabaseServer, APP_CONFIG],
      useFactory: async (server: DatabaseServer, config: AppConfig) => {
        // No statement outlives DATABASE_STATEMENT_TIMEOUT_SECONDS, by default an operation's
        // time budget (PostgreSQL cancels it: TIMEOUT).
        const options = dataSourceOptions(
          (await server.urls()).app,
          'alianza-api',
          config.database,
        );
        return { ...options, autoLoadEntities: true };
      },
    }),
  ],
  providers: [
    {
      provide: CLAIM_SIGNER,
      inject: [DatabaseServer, APP_CONFIG],
      useFactory: prepareDatabase,
    },
    Db,
  ],
  exports: [Db],
})
export class DbModule implements OnApplicationBootstrap {
  constructor(private readonly dataSource: DataSource) {}

  /** Refuses to serve as a role that would make row-level security moot. */
  async onApplicationBootstrap(): Promise<void> {
    const problems = await runtimeRoleProblems((sql) => this.dataSource.query(sql));
    if (problems.length > 0)
      throw new Error(
        `DATABASE_URL must be the API's restricted role (see README, "External PostgreSQL"): ${problems.join('; ')}`,
      );
  }
}
