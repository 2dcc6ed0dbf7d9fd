import DataLoader from "dataloader";

/**
 * A batch's answer in the order of its keys, as DataLoader needs it: for each id, the items of
 * its row shaped by `shape`, or none when no row came back for it.
 */
export function inKeyOrder<I, T>(ids: readonly string[], rows: readonly { id: string; items: I[] }[], shape: (item: I) => T): T[][] {
  const byId = new Map(rows.map((r) => [r.id, r.items]));
  return ids.map((id) => (byId.get(id) ?? []).map(shape));
}

/**
 * A batch's answer in the order of its keys when each key has one row at most: for each id, its
 * row shaped by `shape`, or what `missing` makes (a new value each time) when no row came back for it.
 */
export function byKey<R extends { id: string }, T>(ids: readonly string[], rows: readonly R[], shape: (row: R) => T, missing: () => T): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => {
    const row = byId.get(id);
    return row ? shape(row) : missing();
  });
}

/**
 * DataLoaders created on first use, one per key (a relationship spec, a projection…), for as
 * long as the request that built the cache: `loader(key, batch)` returns the key's loader,
 * making it from `batch` the first time.
 */
export function loaderCache<V>(): (key: string, batch: DataLoader.BatchLoadFn<string, V>) => DataLoader<string, V> {
  const loaders = new Map<string, DataLoader<string, V>>();
  return (key, batch) => {
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(batch);
      loaders.set(key, loader);
    }
    return loader;
  };
}
