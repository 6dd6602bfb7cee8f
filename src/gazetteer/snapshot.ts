/**
 * A built gazetteer part as plain JSON and back. Building a part from the
 * package data scans a 32 MB file and folds thousands of names (about 0.2 s in
 * a fresh process, paid again by every worker thread); reading a snapshot of
 * the finished tables takes a fraction of that. Lookups that follow from the
 * stored tables (ids, governorates, sorted keys) are rebuilt, not stored.
 * Pure: no files here (see index.ts).
 */
import type { Place, PlaceKind } from '../model/types.ts';
import type { GazetteerEntry, NameHit, SkeletonHit } from './types.ts';
import { partOf, type GazetteerPart } from './part.ts';

/**
 * An entry as a row (no field names to read again for every place): the place's id, name, admin1,
 * country, lat, lon, kind and GeoNames id (0: none), then tier, feature rank, population, admin1 code
 * and seat (1 or 0).
 */
type EntryRow = readonly [string, string, string | null, string | null, number, number, PlaceKind, number, number, number, number, string | null, number];

/** Entries are stored once and referred to by position, so shared entries stay one object after reading. */
export interface PartSnapshot {
  readonly entries: readonly EntryRow[];
  /** key -> [entry position, 1 if found by an alternate name] pairs, flattened. */
  readonly names: readonly (readonly [string, readonly number[]])[];
  readonly areaNames: readonly (readonly [string, readonly number[]])[];
  /** key -> entry position (-1: shared by two places), and the words' keys. */
  readonly skeletons: readonly (readonly [string, number, readonly string[]])[];
  readonly firstWords: readonly string[];
  readonly maxWords: number;
}

/**
 * A part's tables as JSON-ready data.
 * @example JSON.stringify(toSnapshot(worldPart)).length // about 1.3 MB
 */
export function toSnapshot(part: GazetteerPart): PartSnapshot {
  const position = new Map(part.entries.map((e, i) => [e, i]));
  const at = (e: GazetteerEntry): number => {
    const p = position.get(e);
    if (p === undefined) throw new Error(`gazetteer part: ${e.place.id} is named but not held`);
    return p;
  };
  const hits = (list: readonly NameHit[]): number[] => list.flatMap((h) => [at(h.entry), h.alternate ? 1 : 0]);
  return {
    entries: part.entries.map(entryRow),
    // In key order: the part's sorted keys then come from merging, not sorting.
    names: [...part.names].sort(byKey).map(([k, list]) => [k, hits(list)] as const),
    areaNames: [...part.areaNames].sort(byKey).map(([k, list]) => [k, list.map(at)] as const),
    skeletons: [...part.skeletons].map(([k, s]) => [k, s.entry ? at(s.entry) : -1, [...s.words]] as const),
    firstWords: [...part.firstWords],
    maxWords: part.maxWords,
  };
}

/**
 * The part back from its snapshot: the same tables, each name's places in the same order.
 * @example fromSnapshot(toSnapshot(part)).names.get('aleppo')?.[0]?.entry.place.id // 'aleppo'
 */
export function fromSnapshot(s: PartSnapshot): GazetteerPart {
  const entries = s.entries.map(rowEntry);
  const entry = (p: number): GazetteerEntry => {
    const e = entries[p];
    if (!e) throw new Error(`gazetteer snapshot: no entry ${p}`);
    return e;
  };
  const hits = (flat: readonly number[]): NameHit[] => {
    const out: NameHit[] = [];
    for (let i = 0; i < flat.length; i += 2) out.push({ entry: entry(flat[i]!), alternate: flat[i + 1] === 1 });
    return out;
  };
  return partOf(
    {
      entries,
      names: new Map(s.names.map(([k, flat]) => [k, hits(flat)])),
      areaNames: new Map(s.areaNames.map(([k, list]) => [k, list.map(entry)])),
      skeletons: new Map(s.skeletons.map(([k, p, words]): [string, SkeletonHit] => [k, { entry: p < 0 ? null : entry(p), words: new Set(words) }])),
      firstWords: new Set(s.firstWords),
      maxWords: s.maxWords,
    },
    mergeSorted(
      s.names.map(([k]) => k),
      s.areaNames.map(([k]) => k),
    ),
  );
}

function byKey<T>(a: readonly [string, T], b: readonly [string, T]): number {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}

function entryRow(e: GazetteerEntry): EntryRow {
  const p = e.place;
  return [p.id, p.name, p.admin1, p.country, p.lat, p.lon, p.kind, p.geonameId ?? 0, e.tier, e.featureRank, e.population, e.admin1Code, e.seat ? 1 : 0];
}

/** The entry of a row, its place with the same fields in the same order as built (a GeoNames id only where there is one). */
function rowEntry([id, name, admin1, country, lat, lon, kind, geonameId, tier, featureRank, population, admin1Code, seat]: EntryRow): GazetteerEntry {
  const place: Place = geonameId ? { id, name, admin1, country, lat, lon, kind, geonameId } : { id, name, admin1, country, lat, lon, kind };
  return { place, tier, featureRank, population, admin1Code, seat: seat === 1 };
}

/** Two sorted lists of keys as one, without repeats. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    const x = a[i];
    const y = b[j];
    const next = y === undefined || (x !== undefined && x <= y) ? x! : y;
    if (next === x) i++;
    if (next === y) j++;
    if (out[out.length - 1] !== next) out.push(next);
  }
  return out;
}
