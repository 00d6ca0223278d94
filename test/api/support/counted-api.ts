import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Api, TestUser } from './api';
import { findWebOperation, WebOperation, webOperations } from './operations';
import { ApiProcess, startApiProcess, TEST_BUDGETS } from './servers';

/** The header and IPC message of `statement-counter.ts` (loaded into the API process). */
const COUNT_HEADER = 'x-count-statements';
interface CountedRequest {
  countedRequest: string;
  statements: string[];
}

export interface CountedResult<T = Record<string, any>> {
  data: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
  /** Every SQL statement the request sent to PostgreSQL, in order. */
  statements: string[];
}

/**
 * An API server of its own that counts, for each request, the SQL statements it sends to
 * PostgreSQL (test/api/support/statement-counter.ts), and runs the web apps' operations by name.
 */
export class CountedApi {
  readonly operations = new Map<string, WebOperation>();
  private readonly waiting = new Map<string, (statements: string[]) => void>();
  readonly api: Api;

  private constructor(private readonly server: ApiProcess) {
    this.api = new Api(server.url);
    for (const operation of webOperations()) this.operations.set(operation.key, operation);
    server.child.on('message', (message: CountedRequest) => {
      this.waiting.get(message.countedRequest)?.(message.statements);
      this.waiting.delete(message.countedRequest);
    });
  }

  /** Where this API's mail goes (no SMTP server: the local outbox), read by `mailTo`. */
  static readonly outboxDir = resolve(
    __dirname,
    `../../../.data/test-outbox/query-count-${process.pid}`,
  );

  /** `env`: more settings of its own (e.g. where documents go). */
  static async start(env: Record<string, string> = {}): Promise<CountedApi> {
    const server = await startApiProcess(
      'query-count',
      { ...TEST_BUDGETS, LOG_LEVEL: 'warn', MAIL_OUTBOX_DIR: CountedApi.outboxDir, ...env },
      { preload: [resolve(__dirname, 'statement-counter.ts')], ipc: true },
    );
    return new CountedApi(server);
  }

  stop(): Promise<void> {
    return this.server.stop();
  }

  /**
   * The links to `path` (a part of the URL) in the messages to `to` in this API's local outbox,
   * oldest first, waited for until there is one.
   */
  async mailTo(to: string, path: string): Promise<string[]> {
    for (let i = 0; i < 200; i++) {
      const names = await readdir(CountedApi.outboxDir).catch(() => [] as string[]);
      const entries: { to: string; createdAt: string; links: string[] }[] = [];
      for (const name of names.filter((n) => n.endsWith('.json')))
        entries.push(JSON.parse(await readFile(resolve(CountedApi.outboxDir, name), 'utf8')));
      const links = entries
        .filter((entry) => entry.to === to)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .flatMap((entry) => entry.links.filter((link) => link.includes(path)));
      if (links.length > 0) return links;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`No message to ${to} with a link to ${path} came to ${CountedApi.outboxDir}`);
  }

  /** The operation called `name` (unique), or `file#name`. */
  operation(name: string): WebOperation {
    return findWebOperation([...this.operations.values()], name);
  }

  /** Sends any document, counting the statements it causes. */
  async send<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown>,
    as?: Pick<TestUser, 'token'> | null,
  ): Promise<CountedResult<T>> {
    const id = randomUUID();
    const counted = new Promise<string[]>((r) => this.waiting.set(id, r));
    const req = this.api.http
      .post('/graphql')
      .set('content-type', 'application/json')
      .set(COUNT_HEADER, id);
    if (as) req.set('authorization', `Bearer ${as.token}`);
    const res = await req.send({ query, variables });
    let timer: NodeJS.Timeout | undefined;
    const statements = await Promise.race([
      counted,
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('The API never reported its statements')),
          10_000,
        );
      }),
    ]).finally(() => clearTimeout(timer));
    return { data: res.body.data ?? null, errors: res.body.errors, statements };
  }

  /** Runs a web operation by name. */
  run<T = Record<string, any>>(
    name: string,
    variables: Record<string, unknown>,
    as?: Pick<TestUser, 'token'> | null,
  ): Promise<CountedResult<T>> {
    return this.send<T>(this.operation(name).source, variables, as);
  }
}
