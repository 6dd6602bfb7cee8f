/**
 * Items filed by key, each list in the items' own order: the one way the pipeline
 * builds its lookup tables (claims by sentence, pages' events by place...).
 */

/**
 * Items by the key of each.
 * @example groupBy([{ s: 1 }, { s: 2 }, { s: 1 }], (x) => x.s).get(1)?.length // 2
 */
export function groupBy<T, K>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}

/**
 * Items under each key they are filed under (an item with two keys is in both lists, once in each).
 * @example groupByEach([{ id: 'a', tags: ['x', 'y'] }], (i) => i.tags).get('y')?.[0]?.id // 'a'
 */
export function groupByEach<T, K>(items: readonly T[], keys: (item: T) => Iterable<K>): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    for (const k of new Set(keys(item))) {
      const list = out.get(k);
      if (list) list.push(item);
      else out.set(k, [item]);
    }
  }
  return out;
}
