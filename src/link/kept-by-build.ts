/**
 * What a long-running process keeps from one build for the next, by key: what a build asks for
 * is kept for the next one, and what it does not ask for is forgotten when it ends.
 */
export class KeptByBuild<K, V> {
  #kept = new Map<K, V>();
  #used = new Map<K, V>();

  /** What the last build kept under `key`. */
  last(key: K): V | undefined {
    return this.#kept.get(key);
  }

  /** Keeps `value` under `key` for the next build. */
  keep(key: K, value: V): void {
    this.#used.set(key, value);
  }

  /** Forgets what this build did not keep: call once per build, when done. */
  endBuild(): void {
    this.#kept = this.#used;
    this.#used = new Map();
  }
}

/**
 * True when two lists hold the very same objects in the same order.
 * @example sameObjects([a, b], [a, b]) // true
 */
export function sameObjects<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
