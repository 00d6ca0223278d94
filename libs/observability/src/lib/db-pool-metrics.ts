import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { gaugeNow } from '@alianza/api-core';
import { DataSource } from 'typeorm';

/** What node-postgres' Pool tells of itself. */
interface PgPool {
  readonly totalCount: number;
  readonly idleCount: number;
  readonly waitingCount: number;
  readonly options?: { max?: number };
}

/** The API role's connection pool (TypeORM's `driver.master`, a node-postgres Pool). */
function poolOf(dataSource: DataSource): PgPool | undefined {
  const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
  return pool && typeof pool.totalCount === 'number' ? pool : undefined;
}

/**
 * The database pool, read on each scrape: connections in use and idle, requests waiting for one
 * (saturation: raise the pool size, or find what holds connections), and the pool's size.
 */
@Injectable()
export class DbPoolMetrics implements OnApplicationBootstrap {
  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    const pool = () => {
      const found = poolOf(this.dataSource);
      if (!found) throw new Error('The data source has no node-postgres pool');
      return found;
    };
    gaugeNow({
      name: 'alianza_db_pool_connections',
      help: 'Connections of the API role’s pool, by state (in_use, idle).',
      label: 'state',
      read: () => {
        const p = pool();
        return { in_use: p.totalCount - p.idleCount, idle: p.idleCount };
      },
    });
    gaugeNow({
      name: 'alianza_db_pool_waiting_requests',
      help: 'Queries waiting for a connection of the pool (all are in use).',
      read: () => pool().waitingCount,
    });
    gaugeNow({
      name: 'alianza_db_pool_max_connections',
      help: 'The most connections the pool opens.',
      read: () => pool().options?.max ?? 10,
    });
  }
}
