/**
 * Builds the gazetteer's lookup tables from the parsed package data. Pure: the
 * same rows give the same places, ids and tables.
 */
import type { Place, PlaceKind } from '../model/types.ts';
import type { DraftName, Gazetteer, GazetteerEntry, PartDraft } from './types.ts';
import { areaKey, compassForms, type AdminArea } from './admin-areas.ts';
import type { CountryRow } from './countries.ts';
import { foldKey, nameWords } from './fold.ts';
import type { GeoNamesCity } from './geonames.ts';
import { cityNames, isReadableKey, type NameScope } from './names.ts';
import { countryTier, isWorldCity, type Focus } from './scope.ts';
import { combineParts } from './combine.ts';
import { indexPart } from './part.ts';
import { placeSlug } from './slug.ts';

export interface GazetteerSources {
  /** The GeoNames places this focus keeps. */
  readonly cities: readonly GeoNamesCity[];
  /** Every capital and first-level seat: where countries and areas are put on the map. */
  readonly anchors: readonly GeoNamesCity[];
  readonly areas: readonly AdminArea[];
  readonly countries: readonly CountryRow[];
  readonly arabicNamed: ReadonlySet<string>;
  readonly focus: Focus;
}

const FEATURE_RANK: Readonly<Record<string, number>> = { PPLC: 0, PPLA: 1, PPLA2: 2 };
const APOSTROPHE_LIKE = /[`´ʿʾʻʼ‘’]/g;
const LEADING_QUOTE = /^'+/;
const COMBINING_MARKS = /\p{M}+/gu;
/** Country names shorter than this are acronyms ("US", "UAE"): content/places.yml gives them with their case. */
const MIN_COUNTRY_KEY = 4;

/**
 * Indexes cities, first-level areas and countries by every name they are read by: the whole
 * gazetteer of a focus in one part (index.ts combines smaller parts into the same tables).
 * @example buildGazetteer(sources).names.get('palmyra')?.[0]?.entry.place.name // 'Tadmur'
 */
export function buildGazetteer(sources: GazetteerSources): Gazetteer {
  return combineParts(sources.focus, indexPart(buildEntries(sources)), []);
}

/**
 * Every place the sources hold, with its id and the names it is read by. Ids go world-first (see
 * assignIds), so a place's id is the same in whichever sources it comes.
 * @example [...buildEntries(sources).values()].find((e) => e.place.id === 'aleppo')?.tier // 0 when the focus is ['SY']
 */
export function buildEntries(sources: GazetteerSources): Map<PartDraft, GazetteerEntry> {
  const { focus } = sources;
  const scope: NameScope = { focus, arabicNamed: sources.arabicNamed };
  const capitals = largestBy(
    sources.anchors.filter((c) => c.featureCode === 'PPLC'),
    (c) => c.country,
  );
  const largest = largestBy(sources.anchors, (c) => c.country);
  const seats = largestBy(
    sources.anchors.filter((c) => c.featureCode === 'PPLA' || c.featureCode === 'PPLC'),
    (c) => `${c.country}.${c.admin1Code}`,
  );
  const drafts: Draft[] = [];
  const countryAt = new Map<string, readonly [number, number]>();
  for (const c of sources.countries) {
    const at = capitals.get(c.isoCode) ?? largest.get(c.isoCode);
    if (!at) continue; // no town of 500 people: nothing to put on a map
    countryAt.set(c.isoCode, [at.lat, at.lon]);
    drafts.push(countryDraft(c, at));
  }
  const areaByCode = new Map(sources.areas.map((a) => [a.code, a]));
  for (const city of sources.cities) {
    const area = areaByCode.get(`${city.country}.${city.admin1Code}`) ?? null;
    drafts.push(cityDraft(city, area, FEATURE_RANK[city.featureCode] ?? 3, scope));
  }
  for (const area of sources.areas) {
    const at = seats.get(area.code);
    const fallback = countryAt.get(area.country);
    if (at || fallback) drafts.push(areaDraft(area, at ? [at.lat, at.lon] : fallback!, focus));
  }
  return assignIds(drafts);
}

// ---------------------------------------------------------------- drafts

interface Draft extends PartDraft {
  readonly slug: string;
  /** Tried in turn when the slug is taken. */
  readonly fallbacks: readonly string[];
  readonly place: Omit<Place, 'id'>;
  readonly tier: number;
  /** Held by every gazetteer whatever its focus: takes its id first, so ids never depend on the focus. */
  readonly world: boolean;
  readonly featureRank: number;
  readonly population: number;
  readonly admin1Code: string | null;
  readonly seat: boolean;
  readonly kindOrder: number;
  readonly geonameId: number;
}

function countryDraft(c: CountryRow, at: GeoNamesCity): Draft {
  const names = c.names.map((n) => ({ key: foldKey(n), alternate: false, words: nameWords(n).length, wordKeys: nameWords(n) }));
  const slug = placeSlug(c.name);
  return {
    slug,
    fallbacks: [`${slug}-country`],
    place: { name: c.name, admin1: null, country: c.isoCode, lat: at.lat, lon: at.lon, kind: 'country' },
    tier: -1,
    world: true,
    featureRank: 0,
    population: 0,
    admin1Code: null,
    seat: false,
    names: names.filter((n) => n.key.length >= MIN_COUNTRY_KEY),
    kindOrder: 0,
    geonameId: 0,
  };
}

function cityDraft(city: GeoNamesCity, area: AdminArea | null, featureRank: number, scope: NameScope): Draft {
  const name = displayName(city.asciiName || city.name);
  const slug = placeSlug(name);
  const world = isWorldCity(city.featureCode, city.population, city.leading);
  const cc = city.country.toLowerCase();
  // A world city keeps its bare slug in every gazetteer; a town, read only where its country is
  // in focus, carries its country, so that its id is the same whatever else is in focus.
  const own = world ? slug : `${slug}-${cc}`;
  return {
    slug: own,
    fallbacks: [area ? `${slug}-${placeSlug(area.name)}-${cc}` : `${slug}-${cc}`, `${slug}-${cc}`, `${slug}-${city.id}`],
    place: {
      name,
      admin1: area?.name ?? null,
      country: city.country,
      lat: city.lat,
      lon: city.lon,
      kind: 'city',
      geonameId: city.id,
    },
    tier: countryTier(city.country, scope.focus),
    world,
    featureRank,
    population: city.population,
    admin1Code: area ? area.code : null,
    seat: featureRank <= 1,
    names: cityNames(city, scope),
    kindOrder: 2,
    geonameId: city.id,
  };
}

function areaDraft(area: AdminArea, [lat, lon]: readonly [number, number], focus: Focus): Draft {
  const slug = `${placeSlug(area.name)}-${area.word.toLowerCase()}`;
  const kind: PlaceKind = 'governorate';
  const words = Math.max(1, nameWords(area.name).length);
  const tier = countryTier(area.country, focus);
  const names: DraftName[] = [];
  const keys = new Map<string, string>();
  for (const form of compassForms(area.name)) for (const k of [foldKey(form), areaKey(form)]) if (!keys.has(k)) keys.set(k, form);
  for (const [k, form] of keys) {
    if (isReadableKey(k, words, false, tier === 0)) names.push({ key: k, alternate: false, words, area: true, wordKeys: nameWords(form) });
  }
  return {
    slug,
    fallbacks: [`${slug}-${area.country.toLowerCase()}`, `${slug}-${placeSlug(area.code)}`],
    place: { name: `${area.name} ${area.word}`, admin1: area.name, country: area.country, lat, lon, kind },
    tier,
    world: true,
    featureRank: 1,
    population: 0,
    admin1Code: area.code,
    seat: false,
    names,
    kindOrder: 1,
    geonameId: 0,
  };
}

/** The largest place of each group. */
function largestBy(cities: readonly GeoNamesCity[], group: (c: GeoNamesCity) => string): Map<string, GeoNamesCity> {
  const out = new Map<string, GeoNamesCity>();
  for (const c of cities) {
    const had = out.get(group(c));
    if (!had || c.population > had.population || (c.population === had.population && c.id < had.id)) out.set(group(c), c);
  }
  return out;
}

/** GeoNames ASCII names write ayn and hamza as backticks: show them as apostrophes, none leading. */
function displayName(ascii: string): string {
  return ascii.normalize('NFD').replace(COMBINING_MARKS, '').replace(APOSTROPHE_LIKE, "'").replace(LEADING_QUOTE, '');
}

/**
 * Slugs go to the most important place first, so "aleppo" is the city, not a namesake; the
 * places every gazetteer holds go before any other, and nothing of the focus decides the
 * order, so a place has the same id whatever the focus.
 */
function assignIds(drafts: readonly Draft[]): Map<Draft, GazetteerEntry> {
  const ordered = [...drafts].sort(
    (a, b) =>
      Number(b.world) - Number(a.world) ||
      a.kindOrder - b.kindOrder ||
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
