import { DatabaseConnectionConfig } from '@alianza/api-core';
import { dataSourceOptions, poolOptions, transactionTimeouts } from './data-source-options';

const connections: DatabaseConnectionConfig = {
  pooler: 'none',
  poolMax: 25,
  connectTimeoutMs: 3000,
  statementTimeoutMs: 15_000,
  idleInTransactionTimeoutMs: 60_000,
};

describe('the API pool options', () => {
  it('carry the timeouts from each connection start, straight to PostgreSQL', () => {
    expect(poolOptions(connections)).toEqual({
      max: 25,
      connectionTimeoutMillis: 3000,
      keepAlive: true,
      statement_timeout: 15_000,
      idle_in_transaction_session_timeout: 60_000,
    });
  });

  it('send no startup parameter a pooler in transaction mode would refuse, and set the timeouts per transaction', () => {
    const pooled = { ...connections, pooler: 'transaction' } as const;
    expect(poolOptions(pooled)).toEqual({
      max: 25,
      connectionTimeoutMillis: 3000,
      keepAlive: true,
    });
    expect(transactionTimeouts(pooled)).toBe(
      'SET LOCAL statement_timeout = 15000; SET LOCAL idle_in_transaction_session_timeout = 60000',
    );
  });

  it('give the owner (migrations, set-up) no statement timeout', () => {
    expect(dataSourceOptions('postgres://owner@db/alianza', 'alianza-owner').extra).toEqual({
      max: 10,
      connectionTimeoutMillis: 10_000,
      keepAlive: true,
    });
  });
});
