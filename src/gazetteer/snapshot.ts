/**
 * The built gazetteer as plain JSON and back. Building it from the package data
 * scans a 32 MB file and folds thousands of names (about 0.2 s in a fresh
 * process, paid again by every worker thread); reading a snapshot of the
 * finished tables takes a tenth of that. Pure: no files here (see index.ts).
 */
import type { Gazetteer, GazetteerEntry, NameHit, SkeletonHit } from './build.ts';

/** Entries are stored once and referred to by position, so shared entries stay one object after reading. */
export interface GazetteerSnapshot {
  readonly focus: readonly string[];
  readonly entries: readonly GazetteerEntry[];
  /** key -> [entry position, 1 if found by an alternate name] pairs, flattened. */
  readonly names: readonly (readonly [string, readonly number[]])[];
  readonly areaNames: readonly (readonly [string, readonly number[]])[];
  readonly governorates: readonly (readonly [string, number])[];
  readonly byId: readonly (readonly [string, number])[];
  /** key -> entry position (-1: shared by two places), and the words' keys. */
  readonly skeletons: readonly (readonly [string, number, readonly string[]])[];
  readonly prefixes: readonly string[];
  readonly firstWords: readonly string[];
  readonly maxWords: number;
}

/**
 * The gazetteer's tables as JSON-ready data.
 * @example JSON.stringify(toSnapshot(loadGazetteer())).length // about 1.5 MB
 */
export function toSnapshot(g: Gazetteer): GazetteerSnapshot {
  const entries: GazetteerEntry[] = [];
  const position = new Map<GazetteerEntry, number>();
  const at = (e: GazetteerEntry): number => {
    let p = position.get(e);
    if (p === undefined) {
      p = entries.push(e) - 1;
      position.set(e, p);
    }
    return p;
  };
  const hits = (list: readonly NameHit[]): number[] => list.flatMap((h) => [at(h.entry), h.alternate ? 1 : 0]);
  return {
    focus: g.focus,
    names: [...g.names].map(([k, list]) => [k, hits(list)] as const),
    areaNames: [...g.areaNames].map(([k, list]) => [k, list.map(at)] as const),
    governorates: [...g.governorates].map(([k, e]) => [k, at(e)] as const),
    byId: [...g.byId].map(([k, e]) => [k, at(e)] as const),
    skeletons: [...g.skeletons].map(([k, s]) => [k, s.entry ? at(s.entry) : -1, [...s.words]] as const),
    prefixes: [...g.prefixes],
    firstWords: [...g.firstWords],
    maxWords: g.maxWords,
    entries,
  };
}

/**
 * The gazetteer back from its snapshot: the same tables, in the same order.
 * @example fromSnapshot(toSnapshot(g)).names.get('aleppo')?.[0]?.entry.place.id // 'aleppo'
 */
export function fromSnapshot(s: GazetteerSnapshot): Gazetteer {
  const entry = (p: number): GazetteerEntry => {
    const e = s.entries[p];
    if (!e) throw new Error(`gazetteer snapshot: no entry ${p}`);
    return e;
  };
  const hits = (flat: readonly number[]): NameHit[] => {
    const out: NameHit[] = [];
    for (let i = 0; i < flat.length; i += 2) out.push({ entry: entry(flat[i]!), alternate: flat[i + 1] === 1 });
    return out;
  };
  return {
    focus: s.focus,
    names: new Map(s.names.map(([k, flat]) => [k, hits(flat)])),
    areaNames: new Map(s.areaNames.map(([k, list]) => [k, list.map(entry)])),
    governorates: new Map(s.governorates.map(([k, p]) => [k, entry(p)])),
    byId: new Map(s.byId.map(([k, p]) => [k, entry(p)])),
    skeletons: new Map(s.skeletons.map(([k, p, words]): [string, SkeletonHit] => [k, { entry: p < 0 ? null : entry(p), words: new Set(words) }])),
    prefixes: new Set(s.prefixes),
    firstWords: new Set(s.firstWords),
    maxWords: s.maxWords,
  };
}
