import { Global, Inject, Logger, Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, AppConfig } from '@alianza/api-core';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options';
import { DatabaseServer } from './database-server';
import { Db } from './db.service';
import { runMigrations } from './migrate';

@Global()
@Module({
  providers: [DatabaseServer],
  exports: [DatabaseServer],
})
class DatabaseServerModule {}

@Global()
@Module({
  imports: [
    DatabaseServerModule,
    TypeOrmModule.forRootAsync({
      inject: [DatabaseServer],
      useFactory: async (server: DatabaseServer) => ({
        ...dataSourceOptions(await server.url()),
        autoLoadEntities: true,
      }),
    }),
  ],
  providers: [Db],
  exports: [Db],
})
export class DbModule implements OnApplicationBootstrap {
  private readonly logger = new Logger(DbModule.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.migrateOnStart) return;
    const applied = await runMigrations(this.dataSource);
    if (applied.length > 0)
      this.logger.log(`Applied migrations: ${applied.map((m) => m.name).join(', ')}`);
  }
}
