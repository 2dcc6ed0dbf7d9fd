import DataLoader from "dataloader";

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
