/**
 * Builds the gazetteer's lookup tables from the parsed package data. Pure: the
 * same rows give the same places, ids and tables.
 */
import type { Place, PlaceKind } from '../model.ts';
import { areaKey, type AdminArea } from './admin-areas.ts';
import { countryNames, type CountryRow } from './countries.ts';
import { ARTICLES, foldKey, nameWords } from './fold.ts';
import type { GeoNamesCity } from './geonames.ts';
import { cityNames, isReadableKey } from './names.ts';
import { countryTier, HOME_COUNTRY, NEIGHBOURS } from './scope.ts';
import { placeSlug } from './slug.ts';

export interface GazetteerEntry {
  /** The place as the gazetteer names it (the registry may rename it). */
  readonly place: Place;
  /** 0 for Syria, then neighbours, then the world; countries by their own names rank first. */
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
  /** Name key -> places with that name, best first (Syria first, own names before alternates, bigger first). */
  readonly names: ReadonlyMap<string, readonly NameHit[]>;
  /** Key of a first-level area's name -> its governorate entry (read before "province", "governorate"...). */
  readonly areaNames: ReadonlyMap<string, readonly GazetteerEntry[]>;
  /** GeoNames admin1 code -> its governorate entry. */
  readonly governorates: ReadonlyMap<string, GazetteerEntry>;
  readonly byId: ReadonlyMap<string, GazetteerEntry>;
  /** Consonant skeleton -> the Syrian place it names, with its names' words. */
  readonly skeletons: ReadonlyMap<string, SkeletonHit>;
  /** Every prefix of every name key (and first-level area key): a run of words can only grow into a name through these. */
  readonly prefixes: ReadonlySet<string>;
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

export interface GazetteerSources {
  readonly cities: readonly GeoNamesCity[];
  readonly areas: readonly AdminArea[];
  readonly countries: readonly CountryRow[];
}

const FEATURE_RANK: Readonly<Record<string, number>> = { PPLC: 0, PPLA: 1, PPLA2: 2 };
const APOSTROPHE_LIKE = /[`´ʿʾʻʼ‘’]/g;
const LEADING_QUOTE = /^'+/;
/** Turkey calls its first-level areas provinces; the Arab neighbours, governorates. */
const AREA_WORD: Readonly<Record<string, string>> = { TR: 'Province' };

/**
 * Indexes cities, first-level areas and countries by every name they are read by.
 * @example buildGazetteer(sources).names.get('palmyra')?.[0]?.entry.place.name // 'Tadmur'
 */
export function buildGazetteer(sources: GazetteerSources): Gazetteer {
  const countryByCode = new Map(sources.countries.map((c) => [c.isoCode, c]));
  const drafts: Draft[] = [];
  for (const c of sources.countries) drafts.push(countryDraft(c));
  const areaByCode = new Map(sources.areas.map((a) => [a.code, a]));
  const seats = new Map<string, GeoNamesCity>();
  for (const city of sources.cities) {
    const code = `${city.country}.${city.admin1Code}`;
    const rank = FEATURE_RANK[city.featureCode] ?? 3;
    if (rank <= 1 && !seats.has(code)) seats.set(code, city);
    drafts.push(cityDraft(city, areaByCode.get(code) ?? null, rank));
  }
  for (const area of sources.areas) {
    if (isRegion(area.country)) drafts.push(areaDraft(area, seats.get(area.code), countryByCode.get(area.country)));
  }

  const entries = assignIds(drafts);
  const names = new Map<string, NameHit[]>();
  const areaNames = new Map<string, GazetteerEntry[]>();
  const governorates = new Map<string, GazetteerEntry>();
  const skeletons = new Map<string, SkeletonHit>();
  let maxWords = 1;
  for (const [draft, entry] of entries) {
    for (const n of draft.names) {
      if (n.skeleton) addSkeleton(skeletons, n.skeleton, entry, n.wordKeys ?? []);
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
    if (entry.place.kind === 'governorate' && entry.admin1Code) governorates.set(entry.admin1Code, entry);
  }
  for (const list of names.values()) list.sort(compareHits);
  for (const list of areaNames.values()) list.sort((a, b) => compareEntries(a, b));
  // A Syrian governorate is also read by its bare name when no place has that name ("Rif Dimashq").
  for (const [key, list] of areaNames) {
    const syrian = list.find((e) => e.place.country === HOME_COUNTRY);
    if (syrian && !names.has(key)) names.set(key, [{ entry: syrian, alternate: false }]);
  }
  const firstWords = new Set<string>();
  for (const draft of entries.keys()) for (const n of draft.names) addFirstWords(firstWords, n.wordKeys ?? []);
  const prefixes = new Set<string>();
  for (const key of [...names.keys(), ...areaNames.keys()]) for (let n = 1; n <= key.length; n++) prefixes.add(key.slice(0, n));
  return { names, areaNames, governorates, skeletons, prefixes, firstWords, byId: new Map([...entries.values()].map((e) => [e.place.id, e])), maxWords };
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

// ---------------------------------------------------------------- drafts

interface DraftName {
  readonly key: string;
  readonly alternate: boolean;
  readonly words: number;
  readonly skeleton?: string | null;
  readonly wordKeys?: readonly string[];
  /** A first-level area's name: read only with "province", "governorate"... or as a last resort. */
  readonly area?: boolean;
}

interface Draft {
  readonly slug: string;
  /** Tried in turn when the slug is taken. */
  readonly fallbacks: readonly string[];
  readonly place: Omit<Place, 'id'>;
  readonly tier: number;
  readonly featureRank: number;
  readonly population: number;
  readonly admin1Code: string | null;
  readonly seat: boolean;
  readonly names: readonly DraftName[];
  readonly kindOrder: number;
  readonly geonameId: number;
}

function countryDraft(c: CountryRow): Draft {
  const names = countryNames(c).map((n) => ({ key: foldKey(n), alternate: false, words: nameWords(n).length, wordKeys: nameWords(n) }));
  return {
    slug: placeSlug(c.name),
    fallbacks: [`${placeSlug(c.name)}-country`],
    place: { name: c.name, admin1: null, country: c.isoCode, lat: Number(c.latitude) || 0, lon: Number(c.longitude) || 0, kind: 'country' },
    tier: -1,
    featureRank: 0,
    population: 0,
    admin1Code: null,
    seat: false,
    names: names.filter((n) => n.key.length >= 4),
    kindOrder: 0,
    geonameId: 0,
  };
}

function cityDraft(city: GeoNamesCity, area: AdminArea | null, featureRank: number): Draft {
  const name = displayName(city.asciiName || city.name);
  const slug = placeSlug(name);
  return {
    slug,
    fallbacks: [area ? `${slug}-${placeSlug(area.name)}` : slug, `${slug}-${city.country.toLowerCase()}`, `${slug}-${city.id}`],
    place: {
      name,
      admin1: area?.name ?? null,
      country: city.country,
      lat: city.lat,
      lon: city.lon,
      kind: 'city',
      geonameId: city.id,
    },
    tier: countryTier(city.country),
    featureRank,
    population: city.population,
    admin1Code: area ? area.code : null,
    seat: featureRank <= 1,
    names: cityNames(city),
    kindOrder: 2,
    geonameId: city.id,
  };
}

function areaDraft(area: AdminArea, seat: GeoNamesCity | undefined, country: CountryRow | undefined): Draft {
  const word = AREA_WORD[area.country] ?? 'Governorate';
  const slug = `${placeSlug(area.name)}-${word.toLowerCase()}`;
  const lat = area.lat ?? seat?.lat ?? (Number(country?.latitude) || 0);
  const lon = area.lon ?? seat?.lon ?? (Number(country?.longitude) || 0);
  const kind: PlaceKind = 'governorate';
  const key = areaKey(area.name);
  const words = Math.max(1, nameWords(area.name).length);
  const names: DraftName[] = [];
  for (const k of new Set([foldKey(area.name), key])) {
    if (isReadableKey(k, words, false, area.country)) names.push({ key: k, alternate: false, words, area: true, wordKeys: nameWords(area.name) });
  }
  return {
    slug,
    fallbacks: [`${slug}-${area.country.toLowerCase()}`, `${slug}-${placeSlug(area.code)}`],
    place: { name: `${area.name} ${word}`, admin1: area.name, country: area.country, lat, lon, kind },
    tier: countryTier(area.country),
    featureRank: 1,
    population: 0,
    admin1Code: area.code,
    seat: false,
    names,
    kindOrder: 1,
    geonameId: 0,
  };
}

/** Governorates are places for Syria and its neighbours; elsewhere only a city's admin1 name. */
function isRegion(country: string): boolean {
  return country === HOME_COUNTRY || NEIGHBOURS.includes(country);
}

/** GeoNames ASCII names write ayn and hamza as backticks: show them as apostrophes, none leading. */
function displayName(ascii: string): string {
  return ascii.replace(APOSTROPHE_LIKE, "'").replace(LEADING_QUOTE, '');
}

/** Slugs go to the most important place first, so "aleppo" is the city, not a namesake. */
function assignIds(drafts: readonly Draft[]): Map<Draft, GazetteerEntry> {
  const ordered = [...drafts].sort(
    (a, b) =>
      a.kindOrder - b.kindOrder ||
      a.tier - b.tier ||
      a.featureRank - b.featureRank ||
      b.population - a.population ||
      a.geonameId - b.geonameId ||
      (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
  );
  const taken = new Set<string>();
  const out = new Map<Draft, GazetteerEntry>();
  for (const d of ordered) {
    const id = [d.slug, ...d.fallbacks].find((s) => !taken.has(s)) ?? `${d.slug}-${taken.size}`;
    taken.add(id);
    out.set(d, {
      place: { id, ...d.place },
      tier: d.tier,
      featureRank: d.featureRank,
      population: d.population,
      admin1Code: d.admin1Code,
      seat: d.seat,
    });
  }
  return out;
}

function compareEntries(a: GazetteerEntry, b: GazetteerEntry): number {
  return (
    a.tier - b.tier ||
    a.featureRank - b.featureRank ||
    b.population - a.population ||
    (a.place.id < b.place.id ? -1 : a.place.id > b.place.id ? 1 : 0)
  );
}

function compareHits(a: NameHit, b: NameHit): number {
  // Countries by their own names first, then Syria's places, whatever the spelling; within a
  // country a place's own name beats an alternate spelling of another place.
  return a.entry.tier - b.entry.tier || Number(a.alternate) - Number(b.alternate) || compareEntries(a.entry, b.entry);
}
