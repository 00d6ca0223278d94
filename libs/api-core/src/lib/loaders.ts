import DataLoader from 'dataloader';

const LOADERS = Symbol('alianza:loaders');

type WithLoaders = { [LOADERS]?: Map<string, DataLoader<string, unknown>> };

/**
 * A DataLoader cached on the request, so field resolvers batch their loads (no N+1) and each
 * request keeps its own cache (and its own authorization).
 */
export function requestLoader<V>(
  req: object,
  key: string,
  batch: (ids: readonly string[]) => Promise<Map<string, V>>,
): DataLoader<string, V | null> {
  const holder = req as WithLoaders;
  holder[LOADERS] ??= new Map();
  let loader = holder[LOADERS].get(key) as DataLoader<string, V | null> | undefined;
  if (!loader) {
    loader = new DataLoader<string, V | null>(async (ids) => {
      const found = await batch(ids);
      return ids.map((id) => found.get(id) ?? null);
    });
    holder[LOADERS].set(key, loader as DataLoader<string, unknown>);
  }
  return loader;
}
