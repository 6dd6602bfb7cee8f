/**
 * A part of the gazetteer: the tables of one slice of its places (the world's
 * big places, or one focus country at the depth it is read). index.ts keeps one
 * of each per process and combine.ts reads a focus's parts as one gazetteer, so
 * a country's places are indexed once however many focuses hold it.
 */
import type { GazetteerEntry, NameHit, PartDraft, SkeletonHit } from './types.ts';
import { ARTICLES } from './fold.ts';

/** The tables a part is stored by; the rest (ids, governorates, sorted keys) follow from them. */
export interface PartTables {
  /** The part's places, in the order their ids were given. */
  readonly entries: readonly GazetteerEntry[];
  /** Name key -> the part's places with that name, best first. */
  readonly names: ReadonlyMap<string, readonly NameHit[]>;
  /** Key of a first-level area's name -> its governorate entries, best first. */
  readonly areaNames: ReadonlyMap<string, readonly GazetteerEntry[]>;
  readonly skeletons: ReadonlyMap<string, SkeletonHit>;
  readonly firstWords: ReadonlySet<string>;
  readonly maxWords: number;
}

export interface GazetteerPart extends PartTables {
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  /** GeoNames admin1 code -> the part's governorate entry. */
  readonly governorates: ReadonlyMap<string, GazetteerEntry>;
  /** Every name and area key, sorted: a run of words may grow into a name when some key starts with it. */
  readonly sortedKeys: readonly string[];
}

/**
 * Indexes places by their names: each name's places sorted best first.
 * @example indexPart(buildEntries(sources)).names.get('aleppo')?.[0]?.entry.place.id // 'aleppo'
 */
export function indexPart(entries: ReadonlyMap<PartDraft, GazetteerEntry>): GazetteerPart {
  const names = new Map<string, NameHit[]>();
  const areaNames = new Map<string, GazetteerEntry[]>();
  const skeletons = new Map<string, SkeletonHit>();
  const firstWords = new Set<string>();
  let maxWords = 1;
  for (const [draft, entry] of entries) {
    for (const n of draft.names) {
      if (n.skeleton) addSkeleton(skeletons, n.skeleton, entry, n.wordKeys ?? []);
      addFirstWords(firstWords, n.wordKeys ?? []);
      if (n.area) {
        const list = areaNames.get(n.key) ?? [];
        list.push(entry);
        areaNames.set(n.key, list);
        continue;
      }
      const list = names.get(n.key) ?? [];
      list.push({ entry, alternate: n.alternate });
      names.set(n.key, list);
      maxWords = Math.max(maxWords, n.words);
    }
  }
  for (const list of names.values()) sortHits(list);
  for (const list of areaNames.values()) list.sort(compareEntries);
  return partOf({ entries: [...entries.values()], names, areaNames, skeletons, firstWords, maxWords });
}

/**
 * A part from its stored tables, with the lookups that follow from them (`sortedKeys` when the caller has them).
 * @example partOf(tables).byId.get('aleppo')?.place.name // 'Aleppo'
 */
export function partOf(
  tables: PartTables,
  sortedKeys: readonly string[] = [...new Set([...tables.names.keys(), ...tables.areaNames.keys()])].sort(),
): GazetteerPart {
  const governorates = new Map<string, GazetteerEntry>();
  for (const e of tables.entries) if (e.place.kind === 'governorate' && e.admin1Code) governorates.set(e.admin1Code, e);
  return { ...tables, byId: new Map(tables.entries.map((e) => [e.place.id, e])), governorates, sortedKeys };
}

/**
 * The part with every place at another tier (a country read as the third focus country rather than the second).
 * @example atTier(part, 2).entries[0]?.tier // 2
 */
export function atTier(part: GazetteerPart, tier: number): GazetteerPart {
  const moved = new Map(part.entries.map((e) => [e, { ...e, tier }]));
  const at = (e: GazetteerEntry): GazetteerEntry => moved.get(e) ?? e;
  return partOf({
    entries: part.entries.map(at),
    names: new Map([...part.names].map(([k, list]) => [k, list.map((h) => ({ entry: at(h.entry), alternate: h.alternate }))])),
    areaNames: new Map([...part.areaNames].map(([k, list]) => [k, list.map(at)])),
    skeletons: new Map([...part.skeletons].map(([k, s]) => [k, { entry: s.entry && at(s.entry), words: s.words }])),
    firstWords: part.firstWords,
    maxWords: part.maxWords,
  });
}

/**
 * Records the first word of a name of several words, and the word after a leading article.
 * @example addFirstWords(set, ['deir', 'ez', 'zor']) // adds 'deir'
 */
export function addFirstWords(set: Set<string>, wordKeys: readonly string[]): void {
  if (wordKeys.length < 2) return;
  set.add(wordKeys[0] ?? '');
  if (ARTICLES.has(wordKeys[0] ?? '') && wordKeys.length > 2) set.add(wordKeys[1] ?? '');
}

/**
 * Records that a skeleton names an entry; a skeleton two places share names neither.
 * @example addSkeleton(map, 'drzr', deirEzZor, ['deir', 'ez', 'zor'])
 */
export function addSkeleton(map: Map<string, SkeletonHit>, skeleton: string, entry: GazetteerEntry, wordKeys: readonly string[]): void {
  const had = map.get(skeleton);
  const words = new Set([...(had?.words ?? []), ...wordKeys.filter((w) => !ARTICLES.has(w))]);
  map.set(skeleton, { entry: had === undefined || had.entry === entry ? entry : null, words });
}

/**
 * Whether some key of the part starts with `prefix` (a binary search of the sorted keys).
 * @example startsSomeKey(part, 'alep') // true
 */
export function startsSomeKey(part: GazetteerPart, prefix: string): boolean {
  const keys = part.sortedKeys;
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((keys[mid] ?? '') < prefix) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && (keys[lo] ?? '').startsWith(prefix);
}

/**
 * Orders places: the first focus country's first, then by feature, size and id.
 * @example [b, a].sort(compareEntries)
 */
export function compareEntries(a: GazetteerEntry, b: GazetteerEntry): number {
  return a.tier - b.tier || a.featureRank - b.featureRank || b.population - a.population || (a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0);
}

/** A place this many times as populous as every place of its country named so... */
const FAR_LARGER = 10;
/** ...and at least this populous is the one the name means, spelled as it is or another way. */
const KNOWN_TOWN = 20_000;

/**
 * The places of one name, best first: countries by their own names, then the focus countries'
 * places, whatever the spelling; within a country a place's own name before an alternate spelling of
 * another place, unless that place is a town far larger than any so named ("the eastern city of
 * Kostyantynivka": a common spelling of a city of 90,000, not the village of 2,000 of that name).
 * @example sortHits(names.get('aleppo') ?? [])
 */
export function sortHits(hits: NameHit[]): NameHit[] {
  const ownLargest = new Map<number, number>();
  for (const h of hits) if (!h.alternate) ownLargest.set(h.entry.tier, Math.max(ownLargest.get(h.entry.tier) ?? 0, h.entry.population));
  const spelledOther = (h: NameHit): number => {
    if (!h.alternate) return 0;
    const own = ownLargest.get(h.entry.tier) ?? 0;
    return h.entry.population >= KNOWN_TOWN && h.entry.population >= FAR_LARGER * own ? 0 : 1;
  };
  return hits.sort((a, b) => a.entry.tier - b.entry.tier || spelledOther(a) - spelledOther(b) || compareEntries(a.entry, b.entry));
}
