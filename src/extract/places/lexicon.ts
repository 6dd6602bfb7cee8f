/**
 * The gazetteer as the user's registry (content/places.yml) amends it: extra
 * aliases, display names readers know ("Palmyra" for GeoNames' "Tadmur"), and
 * words that are never places. Built once per focus by the build's Lexicons (src/extract/lexicons.ts).
 */
import {
  addFirstWords,
  addSkeleton,
  countryRows,
  foldKey,
  keyWithoutArticle,
  nameWords,
  placeSlug,
  skeletonKey,
  type Gazetteer,
  type GazetteerEntry,
  type SkeletonHit,
} from '../../gazetteer/index.ts';
import type { Place, PlaceEntry, Registries } from '../../model/types.ts';
import { seatTables, type Seats } from '../../gazetteer/seats.ts';

/** How an alias word must be written in the text: all caps ("US"), capitalised ("Palmyra"), or either ("rural"). */
export type WordCase = 'upper' | 'capital' | 'any';

export interface RegistryAlias {
  readonly entry: GazetteerEntry;
  /** The alias's words as written. */
  readonly words: readonly string[];
  /** The case each word needs in the text. */
  readonly cases: readonly WordCase[];
}

export interface PlaceLexicon {
  readonly gazetteer: Gazetteer;
  /** Alias key -> the place it names. */
  readonly aliases: ReadonlyMap<string, RegistryAlias>;
  /** Consonant skeletons of the first focus country's names and aliases (gazetteer's plus the registry's). */
  readonly skeletons: ReadonlyMap<string, SkeletonHit>;
  /** Every word of a name with a skeleton: a fuzzy spelling must contain one. */
  readonly skeletonWords: ReadonlySet<string>;
  /** True when some name or alias key starts with `key`: a run of words may still grow into a name. */
  readonly isPrefix: (key: string) => boolean;
  /** What a single word's key can be (WORD_* bits, 0 for most words): one lookup per word. */
  readonly wordRoles: WordRoles;
  /** Keys of the first words of the notPlaces phrases: the phrases are looked for only where one occurs. */
  readonly notPlaceStarts: ReadonlySet<string>;
  /** `notPlaceStarts.has(key)` through memberTest: asked of every word of a sentence. */
  readonly isNotPlaceStart: (key: string) => boolean;
  /** Keys of first words of aliases that may start lowercase ("rural Damascus"). */
  readonly lowercaseStarts: ReadonlySet<string>;
  /** `lowercaseStarts.has(key)`, most keys told apart by their length and first letter without hashing them (asked of every lowercase word). */
  readonly isLowercaseStart: (key: string) => boolean;
  /** Matches any notPlaces phrase, or null when there are none. */
  readonly notPlaces: RegExp | null;
  /** Keys of the notPlaces entries. */
  readonly notPlaceKeys: ReadonlySet<string>;
  /** Key of a people's name ("ukrainian", "northkorean") -> its country's code. */
  readonly demonyms: ReadonlyMap<string, string>;
  /** Ids of the places the registry renames. */
  readonly renamedIds: ReadonlySet<string>;
  /** The place as shown: renamed by the registry, or as the gazetteer names it. */
  readonly placeOf: (entry: GazetteerEntry) => Place;
  /** The gazetteer's countries, capitals and first-level seats by code, listed on first use ("the Syrian capital", "the country's ministry"). */
  readonly seats: () => Seats;
}

/** What a word's key can be: looked up per word, each answer kept (a lexicon lists no words up front). */
export interface WordRoles {
  /** The key's WORD_* bits, or undefined when it has none. */
  get(key: string): number | undefined;
  has(key: string): boolean;
}

/** A word that is a whole name or alias ("aleppo"). */
export const WORD_NAME = 1;
/** A word that starts a name or alias of several words ("deir", "eastern"). */
export const WORD_STARTS_NAME = 2;
/** A word of a Syrian name of several words, for fuzzy spellings ("deir"). */
export const WORD_IN_SKELETON = 4;

const WORD_SPLIT = /[\s\-‐–]+/u;
const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const LOWER_START = /^\p{Ll}/u;
const ALL_UPPER = /^[^\p{Ll}]+$/u;
const UPPER_START = /^[\p{Lu}\p{N}]/u;

/**
 * Builds a lexicon from a gazetteer and the registries (pure; no cache).
 * @example buildLexicon(gazetteer, { ...empty, places: [{ name: 'Palmyra', aliases: ['Tadmor'] }] }).aliases.has('tadmor') // true
 */
export function buildLexicon(gazetteer: Gazetteer, registries: Registries): PlaceLexicon {
  const aliases = new Map<string, RegistryAlias>();
  const lowercaseStarts = new Set<string>();
  const renamed = new Map<GazetteerEntry, Place>();
  // Ids the registry's renames took; the gazetteer's own are asked of it (not copied for every focus).
  const takenIds = new Set<string>();
  const isTaken = (id: string): boolean => takenIds.has(id) || gazetteer.byId.has(id);
  const skeletons = new Map(gazetteer.skeletons);
  for (const item of registries.places) {
    if (item.lat !== undefined && item.lon !== undefined) {
      const own = ownEntry(gazetteer, item, item.lat, item.lon);
      for (const written of [item.name, ...item.aliases]) {
        const key = foldKey(written);
        if (!key || aliases.has(key)) continue;
        const words = written.split(WORD_SPLIT).filter((w) => w !== '');
        aliases.set(key, { entry: own, words, cases: words.map(wordCase) });
      }
      continue;
    }
    const byId = gazetteer.byId.get(item.name);
    const byName = byId ? null : resolve(gazetteer, item.name);
    const entry = byId ?? byName ?? item.aliases.map((a) => resolve(gazetteer, a)).find((e) => e !== null) ?? null;
    if (!entry) continue; // names nothing the gazetteer holds: nothing to attach the aliases to
    if (!byId && !renamed.has(entry) && item.name !== entry.place.name) {
      renamed.set(entry, rename(entry.place, item.name, isTaken, takenIds));
    }
    for (const written of byId ? item.aliases : [item.name, ...item.aliases]) {
      const key = foldKey(written);
      if (!key || aliases.has(key)) continue;
      const words = written.split(WORD_SPLIT).filter((w) => w !== '');
      aliases.set(key, { entry, words, cases: words.map(wordCase) });
      const wordKeys = nameWords(written);
      const skeleton = entry.place.country === gazetteer.focus[0] ? skeletonKey(wordKeys) : null;
      if (skeleton) addSkeleton(skeletons, skeleton, entry, wordKeys);
      if (LOWER_START.test(words[0] ?? '')) lowercaseStarts.add(foldKey(words[0] ?? ''));
    }
  }
  const phrases = registries.notPlaces.map((p) => p.trim()).filter((p) => p !== '');
  const aliasPrefixes = new Set<string>();
  const aliasFirstWords = new Set<string>();
  for (const [key, alias] of aliases) {
    for (let n = 1; n <= key.length; n++) aliasPrefixes.add(key.slice(0, n));
    addFirstWords(aliasFirstWords, alias.words.map(foldKey));
  }
  const skeletonWords = new Set<string>();
  for (const hit of skeletons.values()) for (const w of hit.words) skeletonWords.add(w);
  const firstWords = gazetteer.firstWords;
  // Asked per word of the text rather than listed from every name of the focus's gazetteer.
  const wordRoles = lazyRoles(
    (key) =>
      (gazetteer.names.has(key) || gazetteer.areaNames.has(key) || aliases.has(key) ? WORD_NAME : 0) |
      (firstWords.has(key) || aliasFirstWords.has(key) ? WORD_STARTS_NAME : 0) |
      (skeletonWords.has(key) ? WORD_IN_SKELETON : 0),
  );
  const notPlaceStarts = new Set(phrases.map((p) => foldKey(p.split(WORD_SPLIT)[0] ?? '')));
  let seats: Seats | null = null;
  return {
    gazetteer,
    aliases,
    skeletons,
    skeletonWords,
    isPrefix: (key) => gazetteer.prefixes.has(key) || aliasPrefixes.has(key),
    wordRoles,
    notPlaceStarts,
    isNotPlaceStart: memberTest(notPlaceStarts),
    lowercaseStarts,
    isLowercaseStart: memberTest(lowercaseStarts),
    notPlaces: phrases.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${phrases.map(phrasePattern).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null,
    notPlaceKeys: new Set(phrases.map(foldKey)),
    demonyms: demonymKeys(),
    renamedIds: new Set([...renamed.values()].map((p) => p.id)),
    placeOf: (entry) => renamed.get(entry) ?? entry.place,
    seats: () => {
      seats ??= seatTables(gazetteer);
      return seats;
    },
  };
}

/** Bit of a key's length in memberTest's mask: lengths past 30 share the last bit. */
const LENGTH_BITS = 31;

/**
 * `set.has(key)` for a small set of keys fixed from now on, asked of many keys: a key whose
 * length or first letter no member has is refused without a hash lookup.
 * @example memberTest(new Set(['rural', 'al']))('al') // true; memberTest(new Set(['rural']))('royal') // false
 */
export function memberTest(set: ReadonlySet<string>): (key: string) => boolean {
  if (set.size === 0) return () => false;
  let lengths = 0;
  const firsts = new Set<number>();
  for (const key of set) {
    lengths |= 1 << Math.min(key.length, LENGTH_BITS - 1);
    firsts.add(key.charCodeAt(0));
  }
  return (key) => (lengths & (1 << Math.min(key.length, LENGTH_BITS - 1))) !== 0 && firsts.has(key.charCodeAt(0)) && set.has(key);
}

/** Roles computed on first ask and kept. */
function lazyRoles(roleOf: (key: string) => number): WordRoles {
  const known = new Map<string, number>();
  const get = (key: string): number | undefined => {
    let roles = known.get(key);
    if (roles === undefined) {
      roles = roleOf(key);
      known.set(key, roles);
    }
    return roles === 0 ? undefined : roles;
  };
  return { get, has: (key) => get(key) !== undefined };
}

/** Every country's demonyms by key. */
function demonymKeys(): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of countryRows()) for (const d of c.demonyms) out.set(foldKey(d), c.isoCode);
  return out;
}

function wordCase(word: string): WordCase {
  if (word.length >= 2 && ALL_UPPER.test(word)) return 'upper';
  return UPPER_START.test(word) ? 'capital' : 'any';
}

/**
 * Names of registry entries that point to nothing the gazetteer holds (neither
 * the name nor any alias): their aliases are ignored, so the build can warn.
 * @example unresolvedPlaceEntries(loadGazetteer(), { ...registries, places: [{ name: 'Atlantis', aliases: [] }] }) // ['Atlantis']
 */
export function unresolvedPlaceEntries(gazetteer: Gazetteer, registries: Registries): string[] {
  return registries.places
    .filter((item) => item.lat === undefined && !gazetteer.byId.has(item.name) && [item.name, ...item.aliases].every((n) => resolve(gazetteer, n) === null))
    .map((item) => item.name);
}

/**
 * A place of the registry's own (a village the gazetteer lacks), in the area and country
 * of its parent.
 */
function ownEntry(gazetteer: Gazetteer, item: PlaceEntry, lat: number, lon: number): GazetteerEntry {
  const parent = item.parent ? (gazetteer.byId.get(item.parent) ?? resolve(gazetteer, item.parent)) : null;
  const country = item.country ?? parent?.place.country ?? null;
  return {
    place: {
      // The user's own name is its id: the same in every focus, whether or not the parent resolves there.
      id: placeSlug(item.name),
      name: item.name,
      admin1: parent?.place.admin1 ?? null,
      country,
      lat,
      lon,
      kind: item.kind ?? 'city',
    },
    tier: 0,
    featureRank: 3,
    population: 0,
    admin1Code: parent?.admin1Code ?? null,
    seat: false,
  };
}

/** The gazetteer entry a registry name points to: by its own name first. */
function resolve(gazetteer: Gazetteer, name: string): GazetteerEntry | null {
  const key = foldKey(name);
  const bare = keyWithoutArticle(name);
  const hits = gazetteer.names.get(key) ?? (bare ? gazetteer.names.get(bare) : undefined) ?? gazetteer.areaNames.get(key)?.map((entry) => ({ entry }));
  return hits?.[0]?.entry ?? null;
}

function rename(place: Place, name: string, isTaken: (id: string) => boolean, taken: Set<string>): Place {
  const slug = placeSlug(name);
  const id = !isTaken(slug) ? slug : place.id;
  taken.add(id);
  return { ...place, id, name };
}

/** A phrase as a pattern: any run of spaces or hyphens between its words. */
function phrasePattern(phrase: string): string {
  return phrase
    .split(WORD_SPLIT)
    .map((w) => (ARABIC_ARTICLE.test(w) ? ARABIC_ARTICLE_FORMS : w.replace(ESCAPE, '\\$&')))
    .join('[\\s\\-‐–]+');
}

/** The Arabic article of a name, which writers spell as it sounds before the next letter: "al-Sham", "ash-Sham", "as-Sham", "el-Sham". */
const ARABIC_ARTICLE = /^[ae]l$/i;
const ARABIC_ARTICLE_FORMS = '(?:[ae]l|[ae][dnrstz]|[ae]sh|[ae]th)';
