import type {
  ApolloServerPlugin,
  GraphQLRequestExecutionListener,
  GraphQLRequestListener,
} from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { Inject } from '@nestjs/common';
import { APP_CONFIG, AppConfig, GqlContext } from '@alianza/api-core';
import { Db } from '@alianza/db';

/**
 * Each GraphQL operation's time budget (GRAPHQL_TIMEOUT_SECONDS), counted from the start of
 * its execution. JavaScript cannot stop a resolver half-way; what is stopped is the database
 * work, which is where an operation spends its time: once the budget is spent, the request's
 * next SQL statement fails with TIMEOUT (a mutation's transaction then rolls back whole), and
 * a statement already running is cancelled by PostgreSQL at the same bound (`statement_timeout`,
 * see DbModule). The response then comes back with `extensions.code: TIMEOUT` on the fields
 * that were stopped. Requests without a session run no claim, so only `statement_timeout`
 * bounds them.
 */
@Plugin()
export class ExecutionBudgetPlugin implements ApolloServerPlugin<GqlContext> {
  constructor(
    private readonly db: Db,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async requestDidStart(): Promise<GraphQLRequestListener<GqlContext>> {
    const { db, config } = this;
    return {
      async executionDidStart(): Promise<GraphQLRequestExecutionListener<GqlContext>> {
        db.refuseStatementsAfter(Date.now() + config.graphqlTimeBudgetMs);
        return {
          executionDidEnd: async () => db.refuseStatementsAfter(undefined),
        };
      },
    };
  }
}
