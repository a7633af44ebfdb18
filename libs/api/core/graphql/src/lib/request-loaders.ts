import DataLoader from 'dataloader';

/** Per-request DataLoaders, created lazily by the domain that needs them (no central registry). */
export interface LoaderHost {
  loaders?: Map<string, DataLoader<unknown, unknown>>;
}

export function requestLoader<K, V>(
  ctx: LoaderHost,
  name: string,
  batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>,
): DataLoader<K, V> {
  ctx.loaders ??= new Map();
  let loader = ctx.loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    ctx.loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Orders rows to match `keys`, one row (or null) per key. */
export function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? null);
}

/** Groups rows per key, an empty list for keys without rows. */
export function groupByKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): V[][] {
  const map = new Map<K, V[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/**
 * Orders rows to match `keys` for a loader whose every key must exist (a foreign key): a missing
 * row becomes an Error, so `load` rejects instead of handing the caller a silent null.
 */
export function byKeyOrError<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K, what: string): (V | Error)[] {
  const map = new Map(rows.map((r) => [keyOf(r), r]));
  return keys.map((k) => map.get(k) ?? new Error(`No ${what} with id ${String(k)}`));
}
