/**
 * Parts of the view kept from one build to the next by a long-running process (the dev
 * server): a part whose inputs are the very same values as last time is given back as the
 * same object, instead of being made again. The data step gives back the same record
 * objects for unchanged articles and claims (src/link/reuse.ts), so after one article is
 * saved most parts of the view are found here, and the page fingerprints of the parts
 * found are found too (src/render/digest.ts keys them by object).
 *
 * A part is kept under a key (its kind and id) with the list of everything it is made from
 * ("deps"), compared value by value (objects by identity, lists item by item): every input
 * `make` reads must be among them. Parts of the view are never changed once made, so a part
 * given back is as right as one made again. What a build did not ask for is let go at the
 * next build.
 */

interface Kept {
  readonly deps: readonly unknown[];
  readonly value: unknown;
  /** The last build that asked for it. */
  used: number;
}

export class ViewKeeper {
  /**
   * A map of parts for each kind, by id; one for all builds: a part asked for is stamped with the
   * build, not copied into a map of its own. Kind and id are not joined into one key: an id of a
   * record is the same string build after build (its hash worked out once), a joined key is a new
   * string to hash at every lookup (hundreds of thousands a build at 10,000 articles).
   */
  readonly #kept = new Map<string, Map<string, Kept>>();
  #build = 0;
  readonly #texts = new WeakMap<object, string>();

  /**
   * Starts a build: what the build before kept is looked up, what this one keeps replaces it.
   * @example keeper.begin(); const view = buildView(data, about, keeper)
   */
  begin(): void {
    this.#build++;
    // What the build before did not ask for is let go.
    for (const parts of this.#kept.values()) for (const [id, kept] of parts) if (kept.used < this.#build - 1) parts.delete(id);
  }

  /**
   * The part kept under `key` when it was made from the same `deps`, else the one `make` makes (and keeps).
   * Deps that cost something to work out are given as a function: a build that keeps nothing never calls it.
   * @example keeper.keep('claim:c1', [record, link], () => claimView(record)) // the same object as last build's when record and link are
   */
  keep<T>(key: string, deps: Deps, make: () => T): T {
    return this.part('', key, deps, make);
  }

  /**
   * As `keep`, the part of this kind kept under this id: for the kinds of parts there are many of (a claim, an event, a link).
   * @example keeper.part('claim', record.id, [record, link], () => claimView(record))
   */
  part<T>(kind: string, id: string, deps: Deps, make: () => T): T {
    let parts = this.#kept.get(kind);
    if (parts === undefined) this.#kept.set(kind, (parts = new Map()));
    const now = typeof deps === 'function' ? deps() : deps;
    const kept = parts.get(id);
    if (kept !== undefined && sameDeps(kept.deps, now)) {
      kept.used = this.#build;
      return kept.value as T;
    }
    const value = make();
    parts.set(id, { deps: now, value, used: this.#build });
    return value;
  }

  /**
   * A record's JSON text, to stand among a part's deps for all of its values: made once per record
   * object (records are never changed once made, and the data step gives back the last build's
   * object for one that did not change), so an unchanged record costs a lookup, not its JSON again.
   * @example keeper.text(event) === keeper.text(event) // true, and made once
   */
  text(record: object): string {
    let text = this.#texts.get(record);
    if (text === undefined) {
      text = JSON.stringify(record);
      this.#texts.set(record, text);
    }
    return text;
  }
}

/** What a part is made from: a list, or a function that works it out. */
export type Deps = readonly unknown[] | (() => readonly unknown[]);

/** A keeper that keeps nothing: a one-shot build makes every part once. */
export const KEEP_NOTHING: Keep = {
  keep: <T>(_key: string, _deps: Deps, make: () => T): T => make(),
  part: <T>(_kind: string, _id: string, _deps: Deps, make: () => T): T => make(),
  text: (record: object): string => JSON.stringify(record),
};

/** What the view's parts ask of a keeper. */
export type Keep = Pick<ViewKeeper, 'keep' | 'part' | 'text'>;

/** Lists are compared item by item (to any depth), everything else by identity. */
function sameDeps(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Object.is(x, y)) continue;
    if (!Array.isArray(x) || !Array.isArray(y) || !sameDeps(x, y)) return false;
  }
  return true;
}
