/**
 * The gazetteer's types: its places, the names they are read by, and the tables a focus
 * reads them through (built in build.ts, kept in parts by part.ts, combined by combine.ts).
 */
import type { Place } from '../model/types.ts';
import type { Focus } from './scope.ts';

export interface GazetteerEntry {
  /** The place as the gazetteer names it (the registry may rename it). */
  readonly place: Place;
  /** 0 for the first focus country, then the other focus countries, then the world; countries rank first (-1). */
  readonly tier: number;
  /** 0 capital, 1 first-level seat, 2 second-level seat, 3 other. */
  readonly featureRank: number;
  readonly population: number;
  /** GeoNames admin1 code ('SY.11') of the area the place lies in, or null. */
  readonly admin1Code: string | null;
  /** True for a capital or first-level seat: "X province" then means X's governorate. */
  readonly seat: boolean;
}

export interface NameHit {
  readonly entry: GazetteerEntry;
  /** Found by an alternate or derived spelling, not the place's own name. */
  readonly alternate: boolean;
}

export interface Gazetteer {
  /** The countries read in depth, the first most (see scope.ts). */
  readonly focus: Focus;
  /** Name key -> places with that name, best first (focus countries first, own names before alternates, bigger first). */
  readonly names: ReadonlyMap<string, readonly NameHit[]>;
  /** Key of a first-level area's name -> its governorate entry (read before "province", "governorate"...). */
  readonly areaNames: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** GeoNames admin1 code -> its governorate entry. */
  readonly governorates: ReadonlyMap<string, GazetteerEntry>;
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  /** Consonant skeleton -> the first focus country's place it names, with its names' words. */
  readonly skeletons: ReadonlyMap<string, SkeletonHit>;
  /** Holds every prefix of every name key (and first-level area key): a run of words can only grow into a name through these. */
  readonly prefixes: { has(prefix: string): boolean };
  /** Keys of the first words (after any article) of names of several words: only these start a run of words. */
  readonly firstWords: ReadonlySet<string>;
  /** The most words any indexed name has. */
  readonly maxWords: number;
}

/** A place found by the consonants of a name; `entry` is null where two places share them. */
export interface SkeletonHit {
  readonly entry: GazetteerEntry | null;
  /** Keys of the words of the names with this skeleton: a fuzzy spelling must share one ("Deir"). */
  readonly words: ReadonlySet<string>;
}

/** What a part needs of a place's draft: the names it is read by. */
export interface PartDraft {
  readonly names: readonly DraftName[];
}

export interface DraftName {
  readonly key: string;
  readonly alternate: boolean;
  readonly words: number;
  readonly skeleton?: string | null;
  readonly wordKeys?: readonly string[];
  /** A first-level area's name: read only with "province", "governorate"... or as a last resort. */
  readonly area?: boolean;
}
