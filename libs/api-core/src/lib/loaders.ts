import DataLoader from 'dataloader';

const LOADERS = Symbol('alianza:loaders');

type WithLoaders = { [LOADERS]?: Map<string, DataLoader<string, unknown>> };

function cached<V>(req: object, key: string, create: () => DataLoader<string, V>) {
  const holder = req as WithLoaders;
  holder[LOADERS] ??= new Map();
  let loader = holder[LOADERS].get(key) as DataLoader<string, V> | undefined;
  if (!loader) {
    loader = create();
    holder[LOADERS].set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}

/**
 * A DataLoader cached on the request, so field resolvers batch their loads (no N+1) and each
 * request keeps its own cache (and its own authorization). Pass the request's actor as `req`:
 * an actor rebuilt after a mutation starts with empty caches. `key` names what is loaded and
 * every argument the batch depends on.
 */
export function requestLoader<V>(
  req: object,
  key: string,
  batch: (ids: readonly string[]) => Promise<Map<string, V>>,
): DataLoader<string, V | null> {
  return cached(
    req,
    key,
    () =>
      new DataLoader<string, V | null>(async (ids) => {
        const found = await batch(ids);
        return ids.map((id) => found.get(id) ?? null);
      }),
  );
}

/** `requestLoader` for one-to-many: each key's rows, an empty list when it has none. */
export function requestListLoader<V>(
  req: object,
  key: string,
  batch: (ids: readonly string[]) => Promise<Map<string, V[]>>,
): DataLoader<string, V[]> {
  return cached(
    req,
    key,
    () =>
      new DataLoader<string, V[]>(async (ids) => {
        const found = await batch(ids);
        return ids.map((id) => found.get(id) ?? []);
      }),
  );
}

/** Groups rows by a key, keeping their order. */
export function groupBy<V>(rows: readonly V[], key: (row: V) => string): Map<string, V[]> {
  const groups = new Map<string, V[]>();
  for (const row of rows) {
    const k = key(row);
    const group = groups.get(k);
    if (group) group.push(row);
    else groups.set(k, [row]);
  }
  return groups;
}
