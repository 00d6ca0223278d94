import { Injectable, Logger } from '@nestjs/common';
import { AsyncLocalStorage } from 'node:async_hooks';
import { preparedQuery } from '@alianza/api-core';
import type { QueryResultRow } from 'pg';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral, Repository } from 'typeorm';

interface TransactionScope {
  manager: EntityManager;
  afterCommit: (() => void | Promise<void>)[];
}

const currentScope = new AsyncLocalStorage<TransactionScope>();

/**
 * The way domain services reach the database. Inside a mutation it hands out the manager of
 * that mutation's transaction, so every write of one mutation commits or rolls back together.
 */
@Injectable()
export class Db {
  private readonly logger = new Logger(Db.name);

  constructor(private readonly dataSource: DataSource) {}

  get manager(): EntityManager {
    return currentScope.getStore()?.manager ?? this.dataSource.manager;
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  get inTransaction(): boolean {
    return currentScope.getStore() !== undefined;
  }

  /** Runs `work` in a transaction, or in the current one if there is one already. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const existing = currentScope.getStore();
    if (existing) return work(existing.manager);
    const scope: TransactionScope = { manager: this.dataSource.manager, afterCommit: [] };
    const result = await this.dataSource.transaction((manager) => {
      scope.manager = manager;
      return currentScope.run(scope, () => work(manager));
    });
    for (const callback of scope.afterCommit) {
      try {
        await callback();
      } catch (error) {
        this.logger.error({ err: error }, 'An after-commit callback failed');
      }
    }
    return result;
  }

  /**
   * A read on a hot path, as a named prepared statement: PostgreSQL parses and plans it once
   * per connection instead of on every request. Inside a transaction it runs on that
   * transaction's connection, unprepared. `$1…` placeholders.
   */
  async prepared<T extends QueryResultRow>(sql: string, values: unknown[]): Promise<T[]> {
    const scope = currentScope.getStore();
    if (scope) return scope.manager.query(sql, values);
    return preparedQuery<T>(this.dataSource, sql, values);
  }

  /**
   * Raw SQL with `:name` parameters (expanded the way query builders do), on the current
   * transaction if any; `prepared` runs it as a named prepared statement (see `prepared`).
   */
  async query<T extends QueryResultRow>(
    sql: string,
    params: Record<string, unknown>,
    options: { prepared?: boolean } = {},
  ): Promise<T[]> {
    const [text, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params);
    return options.prepared ? this.prepared<T>(text, values) : this.manager.query(text, values);
  }

  /**
   * Runs `callback` once the current transaction has committed (never if it rolls back), or
   * at once outside a transaction. For side effects others must only see when they are true,
   * such as live notifications.
   */
  async afterCommit(callback: () => void | Promise<void>): Promise<void> {
    const scope = currentScope.getStore();
    if (scope) scope.afterCommit.push(callback);
    else await callback();
  }
}
