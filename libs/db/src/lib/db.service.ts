import { Injectable } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';

const currentManager = new AsyncLocalStorage<EntityManager>();

/**
 * The way domain services reach the database. Inside a mutation it hands out the manager of
 * that mutation's transaction, so every write of one mutation commits or rolls back together.
 */
@Injectable()
export class Db {
  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return currentManager.getStore() ?? this.dataSource.manager;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  get inTransaction(): boolean {
    return currentManager.getStore() !== undefined;
  }

  /** Runs `work` in a transaction, or in the current one if there is one already. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const existing = currentManager.getStore();
    if (existing) return work(existing);
    return this.dataSource.transaction((manager) =>
      currentManager.run(manager, () => work(manager)),
    );
  }
}
