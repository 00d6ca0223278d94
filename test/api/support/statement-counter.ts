/*
 * Loaded into an API process (`node -r`) by the query-count suite: counts the SQL statements
 * each HTTP request sends to PostgreSQL, at the pg client (every `Client.query`, whoever calls
 * it: TypeORM, prepared statements, BEGIN and COMMIT, the session lookup).
 *
 * A request carrying the header `x-count-statements: <id>` runs in an async context of its own;
 * every statement issued from that context is recorded. Once the response is closed and the
 * request's last statements (the COMMIT that follows the response) have completed, the process
 * sends `{ countedRequest: id, statements }` to its parent over IPC.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { Server } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Client } from 'pg';

export const COUNT_HEADER = 'x-count-statements';

export interface CountedRequest {
  countedRequest: string;
  statements: string[];
}

interface Counting {
  statements: string[];
  inFlight: number;
}

const counting = new AsyncLocalStorage<Counting>();

type Query = (...args: unknown[]) => unknown;
const query = Client.prototype.query as unknown as Query;

function textOf(config: unknown): string {
  if (typeof config === 'string') return config;
  const { text, name } = (config ?? {}) as { text?: string; name?: string };
  return text ?? name ?? String(config);
}

(Client.prototype as unknown as { query: Query }).query = function (
  this: Client,
  ...args: unknown[]
) {
  const current = counting.getStore();
  if (!current) return query.apply(this, args);
  current.statements.push(textOf(args[0]).replace(/\s+/g, ' ').trim());
  current.inFlight += 1;
  let ended = false;
  const end = () => {
    if (!ended) current.inFlight -= 1;
    ended = true;
  };
  const callback = args.findIndex((a) => typeof a === 'function');
  if (callback >= 0) {
    const original = args[callback] as (...r: unknown[]) => unknown;
    args[callback] = (...result: unknown[]) => {
      end();
      return original(...result);
    };
    return query.apply(this, args);
  }
  const submittable = args[0] as { on?: (event: string, listener: () => void) => void };
  if (typeof submittable?.on === 'function' && 'submit' in (args[0] as object)) {
    submittable.on('end', end);
    submittable.on('error', end);
    return query.apply(this, args);
  }
  const result = query.apply(this, args) as Promise<unknown> | undefined;
  if (result && typeof result.then === 'function') result.then(end, end);
  else end();
  return result;
};

const nextTurn = () => new Promise<void>((r) => setImmediate(r));

/** Waits until the request's statements are all done, and some turns more bring no new one. */
async function settled(current: Counting): Promise<void> {
  let quiet = 0;
  let seen = current.statements.length;
  for (let turns = 0; quiet < 5 && turns < 10_000; turns++) {
    await nextTurn();
    if (current.inFlight === 0 && current.statements.length === seen) quiet += 1;
    else quiet = 0;
    seen = current.statements.length;
  }
}

type Emit = (this: Server, event: string | symbol, ...args: unknown[]) => boolean;
const emit = Server.prototype.emit as Emit;
(Server.prototype as unknown as { emit: Emit }).emit = function (this: Server, event, ...args) {
  if (event !== 'request') return emit.call(this, event, ...args);
  const [req, res] = args as [IncomingMessage, ServerResponse];
  const id = req.headers[COUNT_HEADER];
  if (typeof id !== 'string') return emit.call(this, event, ...args);
  const current: Counting = { statements: [], inFlight: 0 };
  res.once('close', () => {
    void settled(current).then(() => {
      const message: CountedRequest = { countedRequest: id, statements: current.statements };
      process.send?.(message);
    });
  });
  return counting.run(current, () => emit.call(this, event, ...args));
};
