/**
 * A focus's gazetteer read through its parts: the world's big places once, and
 * each focus country's own part at its tier. Nothing is copied: a name is
 * looked up in the parts in tier order (countries, the first focus country, the
 * next..., the world), which is the order one whole build sorts it in, so the
 * combined view answers as the gazetteer built whole for that focus would.
 */
import { foldKey } from './fold.ts';
import type { Gazetteer, GazetteerEntry, NameHit, SkeletonHit } from './types.ts';
import { startsSomeKey, type GazetteerPart } from './part.ts';
import type { Focus } from './scope.ts';

/** A focus country's part: it stands in for that country's places in the world part. */
export interface CountryPart {
  readonly country: string;
  readonly part: GazetteerPart;
}

/**
 * The gazetteer of a focus from the world part and the focus countries' parts (in focus order).
 * @example combineParts(['SY'], world, [{ country: 'SY', part: syria }]).names.get('aleppo')?.[0]?.entry.tier // 0
 */
export function combineParts(focus: Focus, world: GazetteerPart, parts: readonly CountryPart[]): Gazetteer {
  const shadowed = new Set(parts.map((p) => p.country));
  // A country's own entry (tier -1) stays in the world part; its places come from its own part.
  const kept = (e: GazetteerEntry): boolean => e.tier < 0 || !shadowed.has(e.place.country ?? '');
  const own = parts.map((p) => p.part);
  const all = [world, ...own];
  const areaNames = new LookupView(
    () => all.flatMap((p) => [...p.areaNames.keys()]),
    (key) =>
      inTierOrder(
        world.areaNames.get(key),
        own.map((p) => p.areaNames.get(key)),
        (e) => e,
        kept,
      ),
  );
  const names: LookupView<readonly NameHit[]> = new LookupView(
    () => [...all.flatMap((p) => [...p.names.keys()]), ...(focus.length ? [...areaNames.keys()].filter((k) => names.has(k)) : [])],
    (key): readonly NameHit[] | undefined => {
      const hits = inTierOrder(
        world.names.get(key),
        own.map((p) => p.names.get(key)),
        (h) => h.entry,
        kept,
      );
      // Only a country's name may stand for one of its areas: the areas are looked up for those alone.
      if (hits) return focus.length && (hits[0]?.entry.tier ?? 0) < 0 ? ownAreaFirst(key, hits, areaNames.get(key)) : hits;
      if (focus.length === 0) return undefined;
      // The first focus country's areas are also read by their bare names when no place has that name ("Rif Dimashq").
      const home = areaNames.get(key)?.find((e) => e.tier === 0);
      return home ? [{ entry: home, alternate: false }] : undefined;
    },
  );
  const byId = new LookupView(
    () => all.flatMap((p) => [...p.byId.keys()]),
    (id) => own.map((p) => p.byId.get(id)).find((e) => e !== undefined) ?? keptOrNone(world.byId.get(id), kept),
  );
  const governorates = new LookupView(
    () => all.flatMap((p) => [...p.governorates.keys()]),
    (code) => own.map((p) => p.governorates.get(code)).find((e) => e !== undefined) ?? keptOrNone(world.governorates.get(code), kept),
  );
  return {
    focus,
    names,
    areaNames,
    governorates,
    byId,
    skeletons: mergedSkeletons(all.map((p) => p.skeletons)),
    prefixes: new LookupView(
      () => [],
      (key) => (key !== '' && all.some((p) => startsSomeKey(p, key))) || undefined,
    ),
    firstWords: all.length === 1 ? world.firstWords : new UnionSet(all.map((p) => p.firstWords)),
    maxWords: Math.max(...all.map((p) => p.maxWords)),
  };
}

/**
 * One name's places from the world part and the focus countries' parts, best first: countries, then
 * each focus country's places in focus order, then the world's. Undefined when none.
 */
function inTierOrder<T>(
  fromWorld: readonly T[] | undefined,
  fromParts: readonly (readonly T[] | undefined)[],
  entryOf: (item: T) => GazetteerEntry,
  kept: (e: GazetteerEntry) => boolean,
): readonly T[] | undefined {
  if (fromParts.every((list) => list === undefined) && (fromWorld ?? []).every((item) => kept(entryOf(item)))) return fromWorld;
  const out: T[] = [];
  for (const item of fromWorld ?? []) if (entryOf(item).tier < 0) out.push(item);
  for (const list of fromParts) if (list) out.push(...list);
  for (const item of fromWorld ?? []) if (entryOf(item).tier >= 0 && kept(entryOf(item))) out.push(item);
  return out.length ? out : undefined;
}

/**
 * A country's other name that is also one of its own first-level areas, its part loaded, reads as
 * the area: "the Gaza Strip" and "the West Bank" name Palestine to find the article's countries,
 * and then the territory, which the two halves of one country's news keep apart.
 */
function ownAreaFirst(key: string, hits: readonly NameHit[], areas: readonly GazetteerEntry[] | undefined): readonly NameHit[] {
  const country = hits[0]?.entry;
  if (!country || country.tier >= 0 || !areas || foldKey(country.place.name) === key) return hits;
  const area = areas.find((e) => e.tier >= 0 && e.place.kind === 'governorate' && e.place.country === country.place.country);
  return area ? [{ entry: area, alternate: false }, ...hits] : hits;
}

function keptOrNone(e: GazetteerEntry | undefined, kept: (e: GazetteerEntry) => boolean): GazetteerEntry | undefined {
  return e && kept(e) ? e : undefined;
}

/** The skeletons of the parts (only the first focus country's part has any); one shared by two places names neither. */
function mergedSkeletons(maps: readonly ReadonlyMap<string, SkeletonHit>[]): ReadonlyMap<string, SkeletonHit> {
  const filled = maps.filter((m) => m.size > 0);
  if (filled.length <= 1) return filled[0] ?? new Map();
  const out = new Map<string, SkeletonHit>();
  for (const m of filled) {
    for (const [k, hit] of m) {
      const had = out.get(k);
      out.set(k, had ? { entry: had.entry === hit.entry ? had.entry : null, words: new Set([...had.words, ...hit.words]) } : hit);
    }
  }
  return out;
}

/** What LookupView keeps for a key that has no answer (most prefixes asked are none). */
const NO_ANSWER: unique symbol = Symbol('no answer');

/**
 * A read-only map answered by a lookup, each answer kept once found; its keys are listed
 * (without repeats) only when asked, which a lookup by key never needs. Every listed key has
 * an answer: a focus country's part holds every name the world part gives its places.
 */
class LookupView<V> implements ReadonlyMap<string, V> {
  /** Each key asked, with its answer or NO_ANSWER: one map lookup per key asked again, found or not. */
  private readonly found = new Map<string, V | typeof NO_ANSWER>();
  private listed: readonly string[] | null = null;

  constructor(
    private readonly listKeys: () => Iterable<string>,
    private readonly find: (key: string) => V | undefined,
  ) {}

  get(key: string): V | undefined {
    const known = this.found.get(key);
    if (known !== undefined) return known === NO_ANSWER ? undefined : known;
    const value = this.find(key);
    this.found.set(key, value === undefined ? NO_ANSWER : value);
    return value;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  get size(): number {
    return this.allKeys().length;
  }

  *keys(): MapIterator<string> {
    yield* this.allKeys();
  }

  *values(): MapIterator<V> {
    for (const k of this.allKeys()) yield this.get(k) as V;
  }

  *entries(): MapIterator<[string, V]> {
    for (const k of this.allKeys()) yield [k, this.get(k) as V];
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: string, map: ReadonlyMap<string, V>) => void): void {
    for (const [k, v] of this.entries()) fn(v, k, this);
  }

  private allKeys(): readonly string[] {
    this.listed ??= [...new Set(this.listKeys())];
    return this.listed;
  }
}

/** The union of sets, asked of each in turn; listed (without repeats) only when iterated. */
class UnionSet implements ReadonlySet<string> {
  private listed: ReadonlySet<string> | null = null;

  constructor(private readonly sets: readonly ReadonlySet<string>[]) {}

  has(value: string): boolean {
    return this.sets.some((s) => s.has(value));
  }

  get size(): number {
    return this.all().size;
  }

  keys(): SetIterator<string> {
    return this.all().keys();
  }

  values(): SetIterator<string> {
    return this.all().values();
  }

  entries(): SetIterator<[string, string]> {
    return this.all().entries();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.all().values();
  }

  forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void): void {
    for (const v of this.all()) fn(v, v, this);
  }

  private all(): ReadonlySet<string> {
    this.listed ??= new Set(this.sets.flatMap((s) => [...s]));
    return this.listed;
  }
}
