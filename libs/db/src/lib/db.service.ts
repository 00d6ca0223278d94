import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { present } from '@alianza/shared';
import { AsyncLocalStorage } from 'node:async_hooks';
import {
  APP_CONFIG,
  AppConfig,
  preparedQuery,
  preparedStatementName,
  requestOver,
  timedOut,
} from '@alianza/api-core';
import type { PoolClient, QueryResultRow } from 'pg';
import {
  DataSource,
  EntityManager,
  EntityTarget,
  ObjectLiteral,
  QueryRunner,
  Repository,
} from 'typeorm';
import {
  ACCESS_TABLES,
  Claim,
  ClaimFacts,
  Claims,
  Credential,
  CredentialHolder,
  ENTER_CLAIM_SQL,
  ENTER_CREDENTIAL_SQL,
} from './claim';
import { CLAIM_SIGNER, ClaimSigner } from './claim-signer';
import { DatabaseServer } from './database-server';
import { transactionTimeouts } from './data-source-options';

interface TransactionScope {
  manager: EntityManager;
  afterCommit: (() => void | Promise<void>)[];
  /** Keys of the after-commit callbacks registered once (`afterCommit`'s `once`). */
  once?: Set<string>;
}

const currentTransaction = new AsyncLocalStorage<TransactionScope>();
const currentClaim = new AsyncLocalStorage<ClaimScope>();

/** The only characters a signed claim is made of. */
const SIGNED_CLAIM = /^[0-9a-z;.-]+$/;

/** Reads: `SELECT …` or `WITH …` that writes nothing (no data-modifying CTE). */
const READ = /^\s*(SELECT|WITH)\b/i;
const WRITES = /\b(INSERT|UPDATE|DELETE|MERGE)\b/i;
/**
 * A statement that may write a table the facts derive from. Loose on purpose: naming such a
 * table in a statement that writes anything (or locks `FOR UPDATE`) counts; no database function
 * writes these tables, so every write to them names one in its text.
 */
const ACCESS_TABLE = new RegExp(`\\b(${ACCESS_TABLES.join('|')})\\b`, 'i');
const mayChangeAccess = (sql: string): boolean => WRITES.test(sql) && ACCESS_TABLE.test(sql);
/** Prepared statements kept per connection, at most (beyond: planned on each run, as before). */
const MAX_PREPARED = 1000;
const PREPARED = Symbol('alianza:prepared');

type PreparingClient = PoolClient & { [PREPARED]?: Set<string> };

/**
 * Runs the reads that TypeORM sends on this connection as named prepared statements: each SQL
 * text is parsed and planned once per connection (a generic plan: the API role's
 * `plan_cache_mode`) instead of on every request, with its row policies. Every other statement
 * is sent as it was.
 */
function preparingReads(client: PreparingClient): PoolClient {
  if (client[PREPARED]) return client;
  const prepared = new Set<string>();
  client[PREPARED] = prepared;
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const [text, values] = args;
    if (
      typeof text !== 'string' ||
      !Array.isArray(values) ||
      args.length !== 2 ||
      !READ.test(text) ||
      WRITES.test(text)
    )
      return query(...args);
    const name = preparedStatementName(text);
    if (!prepared.has(name)) {
      if (prepared.size >= MAX_PREPARED) return query(...args);
      prepared.add(name);
    }
    return query({ name, text, values });
  };
  return client;
}

/**
 * How a scope's transactions enter their claim: a signed claim (`Db.runAs`), or a credential
 * whose holder's claim the first transaction enters as it looks the credential up
 * (`Db.runAsHolder`); the next ones enter that user's signed claim.
 */
/**
 * How a scope uses its connection. Straight to PostgreSQL: named prepared statements, and the
 * timeouts are the connection's own (startup parameters). Behind a pooler in transaction mode
 * (DATABASE_POOLER=transaction), the next transaction may run on another server connection:
 * statements are unnamed, and each `BEGIN` sets the timeouts for its transaction (ADR 0045).
 */
interface ScopeMode {
  named: boolean;
  begin: string;
}

const DIRECT: ScopeMode = { named: true, begin: 'BEGIN' };

type ScopeEntry = { signed: string } | { credential: Credential; sign: (claim: Claim) => string };

const checkedClaim = (signed: string): string => {
  if (!SIGNED_CLAIM.test(signed)) throw new Error('A signed claim has an unexpected form');
  return signed;
};

/**
 * One connection serving one claim (a request, a job): every statement runs inside a
 * transaction whose first act is to enter the claim (a bound parameter: the signed claim, or the
 * hash of the credential a request presents), so the row policies see who asks and nothing
 * carries over to the next user of the pooled connection.
 * Reads share a transaction opened on first use; `Db.transaction` commits it and runs the write
 * in a transaction of its own, committed before the caller goes on.
 */
class ClaimScope {
  private runner?: QueryRunner;
  private scopedManager?: EntityManager;
  private state: 'idle' | 'open' | 'broken' = 'idle';
  /** What the database derived from the claim when the open transaction entered it. */
  facts?: ClaimFacts;
  /** Whether the open transaction may have written a table the facts derive from. */
  private accessWritten = false;
  private ended = false;
  /** The connection has been given back: no statement runs any more. */
  private released = false;
  private opening?: Promise<void>;
  /** After this instant (ms since the epoch) statements are refused: see `Db.refuseStatementsAfter`. */
  deadline?: number;

  /** Refuses a statement once the deadline has passed, before it reaches the database. */
  private inTime(): void {
    if (this.deadline !== undefined && Date.now() > this.deadline) throw timedOut();
  }

  /** One write transaction at a time on this connection. */
  private writing: Promise<unknown> = Promise.resolve();

  /** One statement at a time on the connection (resolvers of one request run concurrently). */
  private statements: Promise<unknown> = Promise.resolve();

  private serial<T>(statement: () => Promise<T>): Promise<T> {
    const result = this.statements.then(statement);
    this.statements = result.catch(() => undefined);
    return result;
  }

  /** Who holds the credential the scope entered with (`Db.runAsHolder`), once looked up. */
  holder?: CredentialHolder;
  private signed?: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly entry: ScopeEntry,
    private readonly mode: ScopeMode = DIRECT,
  ) {
    if ('signed' in entry) this.signed = checkedClaim(entry.signed);
  }

  /** The statement as sent: named (prepared once per connection) unless behind a pooler. */
  private statement<V>(name: string, text: string, values: V[]) {
    return this.mode.named ? { name, text, values } : { text, values };
  }

  /** The signed claim of the scope; of a credential's holder, signed once it is known. */
  get signedClaim(): string {
    if (this.signed !== undefined) return this.signed;
    if ('signed' in this.entry || !this.holder)
      throw new Error('No one holds this credential: there is no claim to sign');
    this.signed = checkedClaim(this.entry.sign(Claims.user(this.holder.user_id)));
    return this.signed;
  }

  /**
   * The statement that enters the claim: a credential's until its holder is known (the first
   * transaction), then the signed claim.
   */
  private entering(): { byCredential: boolean; name: string; text: string; values: string[] } {
    if ('credential' in this.entry && !this.holder) {
      const { kind, tokenHash } = this.entry.credential;
      const text = ENTER_CREDENTIAL_SQL[kind];
      return { byCredential: true, name: `alianza_enter_${kind}`, text, values: [tokenHash] };
    }
    const values = [this.signedClaim];
    return { byCredential: false, name: 'alianza_enter', text: ENTER_CLAIM_SQL, values };
  }

  get manager(): EntityManager {
    this.scopedManager ??= this.dataSource.createEntityManager(this.queryRunner());
    return this.scopedManager;
  }

  private queryRunner(): QueryRunner {
    if (this.runner) return this.runner;
    const runner = this.dataSource.createQueryRunner('master');
    const connect = runner.connect.bind(runner);
    if (this.mode.named)
      runner.connect = async () => preparingReads((await connect()) as PreparingClient);
    const query = runner.query.bind(runner) as (
      sql: string,
      parameters?: unknown[],
      structured?: boolean,
    ) => Promise<unknown>;
    runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      this.inTime();
      await this.ready();
      if (mayChangeAccess(sql)) this.accessWritten = true;
      try {
        return await this.serial(() => query(sql, parameters, structured));
      } catch (error) {
        this.failed();
        throw error;
      }
    }) as QueryRunner['query'];
    this.runner = runner;
    return runner;
  }

  private async connection(): Promise<PoolClient> {
    return (await this.queryRunner().connect()) as PoolClient;
  }

  /** Waits until a transaction carrying the claim is open on this scope's connection. */
  async ready(): Promise<void> {
    // Every statement comes through here. Once given back (a field resolver still reading after
    // its client hung up), the connection may serve another request: never touch it again.
    if (this.released) throw requestOver();
    if (this.state === 'open') return;
    this.opening ??= (async () => {
      const connection = await this.connection();
      if (this.state === 'broken') await this.serial(() => connection.query('ROLLBACK'));
      // The claim (or the credential's hash) is a bound parameter, never in a statement's text.
      try {
        await this.serial(() => connection.query(this.mode.begin));
        const { byCredential, name, text, values } = this.entering();
        const entered = await this.serial(() =>
          connection.query<{ facts?: ClaimFacts } & CredentialHolder>(
            this.statement(name, text, values),
          ),
        );
        const [row] = entered.rows;
        if (byCredential && row) {
          const { facts: _facts, ...holder } = row;
          this.holder = holder;
        }
        this.facts = row?.facts;
      } catch (error) {
        await this.serial(() => connection.query('ROLLBACK')).catch(() => undefined);
        throw error;
      }
      this.accessWritten = false;
      this.markTransaction(true);
      this.state = 'open';
    })().finally(() => (this.opening = undefined));
    await this.opening;
  }

  /**
   * The facts as they stand now in the open transaction: the claim entered again when the
   * transaction may have changed them (it wrote a table they derive from), else the facts it
   * entered with (as every other read of the request sees them; no statement).
   */
  async enterAgain(): Promise<ClaimFacts | undefined> {
    await this.ready();
    if (!this.accessWritten && this.facts) return this.facts;
    const connection = await this.connection();
    try {
      const entered = await this.serial(() =>
        connection.query<{ facts: ClaimFacts }>(
          this.statement('alianza_enter', ENTER_CLAIM_SQL, [this.signedClaim]),
        ),
      );
      this.facts = entered.rows[0]?.facts;
      this.accessWritten = false;
    } catch (error) {
      this.failed();
      throw error;
    }
    return this.facts;
  }

  /** A statement failed: PostgreSQL refuses the rest of that transaction; start another one. */
  private failed(): void {
    if (this.state === 'open' && !currentTransaction.getStore()) this.state = 'broken';
  }

  async prepared<T extends QueryResultRow>(name: string, text: string, values: unknown[]) {
    this.inTime();
    await this.ready();
    try {
      const connection = await this.connection();
      return (await this.serial(() => connection.query<T>(this.statement(name, text, values))))
        .rows;
    } catch (error) {
      this.failed();
      throw error;
    }
  }

  /** Runs `work` after the writes before it on this scope have ended. */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    if (this.ended) return Promise.reject(requestOver());
    const result = this.writing.then(work);
    this.writing = result.catch(() => undefined);
    return result;
  }

  /**
   * Ends the open transaction: commits it, or rolls it back when a statement failed. False when
   * a commit was asked for and did not happen (a statement of the request failed meanwhile).
   */
  async finish(commit = true): Promise<boolean> {
    await this.opening?.catch(() => undefined);
    if (this.state === 'idle' || !this.runner) return true;
    const connection = await this.connection();
    const ok = commit && this.state === 'open';
    this.state = 'idle';
    this.markTransaction(false);
    const ended = await this.serial(() => connection.query(ok ? 'COMMIT' : 'ROLLBACK'));
    // PostgreSQL answers COMMIT with ROLLBACK when the transaction had failed.
    return !commit || (ok && ended.command === 'COMMIT');
  }

  /**
   * Gives the connection back. A write under way (the client hung up mid-mutation) first ends
   * as it would have: committed or rolled back whole, never cut off half-way.
   */
  async end(): Promise<void> {
    this.ended = true;
    await this.writing;
    try {
      if (this.runner) await this.finish();
    } finally {
      this.released = true;
      await this.runner?.release();
    }
  }

  /** TypeORM then nests its own transactions as savepoints inside ours. */
  private markTransaction(active: boolean): void {
    const runner = this.queryRunner() as unknown as {
      isTransactionActive: boolean;
      transactionDepth: number;
    };
    runner.isTransactionActive = active;
    runner.transactionDepth = active ? 1 : 0;
  }
}

/**
 * The way domain services reach the database. Inside a mutation it hands out the manager of
 * that mutation's transaction, so every write of one mutation commits or rolls back together.
 * Inside `runAs` (each request, each job) every statement carries the claim the row policies
 * check; outside, statements carry no claim and the policies show no tenant row.
 */
@Injectable()
export class Db {
  private readonly logger = new Logger(Db.name);
  private readonly mode: ScopeMode;

  /**
   * `signer`, `server` and `config` are optional for a `Db` built by hand (a benchmark, a unit
   * test); without `config`, straight to PostgreSQL.
   */
  constructor(
    private readonly dataSource: DataSource,
    @Optional() @Inject(CLAIM_SIGNER) private readonly signer?: ClaimSigner,
    @Optional() private readonly server?: DatabaseServer,
    @Optional() @Inject(APP_CONFIG) config?: AppConfig,
  ) {
    const connections = config?.database;
    this.mode =
      connections?.pooler === 'transaction'
        ? { named: false, begin: `BEGIN; ${transactionTimeouts(connections)}` }
        : DIRECT;
  }

  /** Whether `runAs` can be used: false for a `Db` built by hand without a claim signer. */
  get signsClaims(): boolean {
    return this.signer !== undefined;
  }

  private sign(claim: Claim): string {
    if (!this.signer)
      throw new Error('This Db has no claim signer (built outside the application)');
    return this.signer.sign(claim);
  }

  /**
   * The stored form of a one-time token (see `ClaimSigner.keyedHash`): a keyed SHA-256 that no
   * one without the database's claim key can compute, so no row can be made for a chosen token.
   */
  keyedHash(purpose: string, value: string): string {
    if (!this.signer)
      throw new Error('This Db has no claim signer (built outside the application)');
    return this.signer.keyedHash(purpose, value);
  }

  get manager(): EntityManager {
    return (
      currentTransaction.getStore()?.manager ??
      currentClaim.getStore()?.manager ??
      this.dataSource.manager
    );
  }

  repo<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    return this.manager.getRepository(entity);
  }

  get inTransaction(): boolean {
    return currentTransaction.getStore() !== undefined;
  }

  /**
   * Runs `work` with every statement under `claim` (see ClaimScope), on one connection, ended
   * (committed) when `work` settles.
   */
  async runAs<T>(claim: Claim, work: () => Promise<T>): Promise<T> {
    return this.runIn(
      new ClaimScope(this.dataSource, { signed: this.sign(claim) }, this.mode),
      work,
    );
  }

  /**
   * Runs `work` as the user who holds `credential` (a request's session or reporting token), as
   * `runAs` would with that user's claim, in one statement fewer: the scope's first transaction
   * looks the credential up and enters its holder's claim in the same statement (`BEGIN`,
   * `enter_session($1)`, …; ADR 0036), and `work` receives the holder. When no live credential
   * has this hash, nothing is entered and `work` does not run: the transaction is rolled back, the
   * connection given back, and the answer is undefined.
   */
  async runAsHolder<T>(
    credential: Credential,
    work: (holder: CredentialHolder) => Promise<T>,
  ): Promise<{ value: T } | undefined> {
    const sign = (claim: Claim) => this.sign(claim);
    const scope = new ClaimScope(this.dataSource, { credential, sign }, this.mode);
    let holder: CredentialHolder | undefined;
    try {
      await scope.ready();
      holder = scope.holder;
    } finally {
      if (!holder) {
        await scope.finish(false).catch(() => undefined);
        await scope.end();
      }
    }
    if (!holder) return undefined;
    const signedIn = holder;
    return { value: await this.runIn(scope, () => work(signedIn)) };
  }

  /** `work` with `scope` as its claim, the scope ended (committed) when `work` settles. */
  private async runIn<T>(scope: ClaimScope, work: () => Promise<T>): Promise<T> {
    let result: T;
    try {
      result = await currentClaim.run(scope, () => currentTransaction.exit(work));
    } catch (error) {
      await scope.finish(false).catch(() => undefined);
      await scope.end();
      throw error;
    }
    await scope.end();
    return result;
  }

  /**
   * A time budget for the current claim (a request): its statements after `deadline` (ms since
   * the epoch; undefined: none) fail with TIMEOUT before reaching the database, so work over
   * its budget stops at its next statement and a write under way rolls back whole. JavaScript
   * between two statements is not interrupted. Outside a claim it does nothing.
   */
  refuseStatementsAfter(deadline: number | undefined): void {
    const claim = currentClaim.getStore();
    if (claim) claim.deadline = deadline;
  }

  /** Runs `work` in a transaction, or in the current one if there is one already. */
  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const existing = currentTransaction.getStore();
    if (existing) return work(existing.manager);
    const claim = currentClaim.getStore();
    const scope: TransactionScope = { manager: this.dataSource.manager, afterCommit: [] };
    let result: T;
    if (claim) {
      result = await this.inClaimTransaction(claim, scope, work, 'new');
    } else {
      result = await this.dataSource.transaction((manager) => {
        scope.manager = manager;
        return currentTransaction.run(scope, () => work(manager));
      });
    }
    await this.runAfterCommit(scope);
    return result;
  }

  /**
   * Runs `work` in the request's open read transaction (one is opened if none is) and commits
   * it with the reads before it: for a small write that records what the request has just read,
   * without a second transaction (nor the claim entered again). Fails if that did not commit.
   * Outside a request's claim, or inside a transaction, it is `transaction`.
   */
  async writeWithReads<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const claim = currentClaim.getStore();
    if (!claim || currentTransaction.getStore()) return this.transaction(work);
    const scope: TransactionScope = { manager: claim.manager, afterCommit: [] };
    const result = await this.inClaimTransaction(claim, scope, work, 'with-reads');
    await this.runAfterCommit(scope);
    return result;
  }

  /**
   * `work` in a transaction on the claim's connection, after the claim's other writes: a `new`
   * one (the open read transaction committed first), or the open one `with-reads`.
   */
  private inClaimTransaction<T>(
    claim: ClaimScope,
    scope: TransactionScope,
    work: (manager: EntityManager) => Promise<T>,
    transaction: 'new' | 'with-reads',
  ): Promise<T> {
    return claim.exclusive(async () => {
      if (transaction === 'new') await claim.finish();
      await claim.ready();
      scope.manager = claim.manager;
      let value: T;
      try {
        value = await currentTransaction.run(scope, () => work(scope.manager));
      } catch (error) {
        await claim.finish(false);
        throw error;
      }
      if (!(await claim.finish()))
        throw new Error('The transaction rolled back: a statement of the same request failed');
      return value;
    });
  }

  /**
   * Runs `work`, inside the current transaction, under another claim (a background job's narrow
   * right, such as reading every submission of the benchmark round being closed; the user who
   * has just proved their password, to open their session), then returns to the transaction's
   * own claim, or to none. Outside a transaction it just runs `work`.
   */
  async withClaim<T>(claim: Claim, work: () => Promise<T>): Promise<T> {
    const transaction = currentTransaction.getStore();
    if (!transaction) return work();
    const own = currentClaim.getStore();
    await transaction.manager.query(ENTER_CLAIM_SQL, [this.sign(claim)]);
    try {
      return await work();
    } finally {
      await transaction.manager.query(ENTER_CLAIM_SQL, [own?.signedClaim ?? null]);
    }
  }

  /**
   * The facts the database derived from the current claim as its transaction entered it (opening
   * one if none is open): after a committed change of access, the next transaction's. Undefined
   * outside a claim.
   */
  async claimFacts(): Promise<ClaimFacts | undefined> {
    const claim = currentClaim.getStore();
    if (!claim) return undefined;
    await claim.ready();
    return claim.facts;
  }

  /**
   * The current claim's facts as they stand now. Inside a write transaction under the claim, the
   * claim is entered again in it (one statement): the facts then include what the transaction
   * changed (the database re-derives them as access changes). Otherwise as `claimFacts`.
   */
  async currentClaimFacts(): Promise<ClaimFacts | undefined> {
    const claim = currentClaim.getStore();
    if (claim && currentTransaction.getStore()) return claim.enterAgain();
    return this.claimFacts();
  }

  /**
   * Runs `work` in a transaction as the database owner (row policies do not apply): for set-up
   * only, such as loading the demo. Never on behalf of a request.
   */
  async asOwner<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    const { options } = this.dataSource;
    const owner = await new DataSource({
      ...options,
      url: (await present(this.server, 'the database server').urls()).owner,
      applicationName: 'alianza-owner',
      extra: { max: 1 },
    } as typeof options).initialize();
    const scope: TransactionScope = { manager: owner.manager, afterCommit: [] };
    let result: T;
    try {
      result = await currentClaim.exit(() =>
        owner.transaction((manager) => {
          scope.manager = manager;
          return currentTransaction.run(scope, () => work(manager));
        }),
      );
    } finally {
      await owner.destroy();
    }
    await this.runAfterCommit(scope);
    return result;
  }

  private async runAfterCommit(scope: TransactionScope): Promise<void> {
    for (const callback of scope.afterCommit) {
      try {
        await callback();
      } catch (error) {
        this.logger.error({ err: error }, 'An after-commit callback failed');
      }
    }
  }

  /**
   * A read on a hot path, as a named prepared statement: PostgreSQL parses and plans it once
   * per connection instead of on every request. Inside a transaction it runs on that
   * transaction's connection, unprepared; behind a pooler in transaction mode, always unprepared.
   * `$1…` placeholders.
   */
  async prepared<T extends QueryResultRow>(sql: string, values: unknown[]): Promise<T[]> {
    const transaction = currentTransaction.getStore();
    if (transaction) return transaction.manager.query(sql, values);
    const claim = currentClaim.getStore();
    if (claim) return claim.prepared<T>(preparedStatementName(sql), sql, values);
    if (!this.mode.named) return this.dataSource.query(sql, values);
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
   * such as live notifications. With `once`, a transaction runs only the first callback
   * registered under that key.
   */
  async afterCommit(callback: () => void | Promise<void>, once?: string): Promise<void> {
    const scope = currentTransaction.getStore();
    if (!scope) return callback();
    if (once !== undefined) {
      scope.once ??= new Set();
      if (scope.once.has(once)) return;
      scope.once.add(once);
    }
    scope.afterCommit.push(callback);
  }
}
