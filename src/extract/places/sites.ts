/**
 * Places that are not towns, named after the town they belong to: "Kramatorsk
 * railway station", "the Hmeimim air base" (where Hmeimim is a village),
 * "Damascus airport", "Hodeidah port". The site is its own place, of kind
 * 'site', put where its town is.
 */
import { placeSlug } from '../../gazetteer/index.ts';
import type { Place } from '../../model/types.ts';
import type { Candidate } from './match.ts';
import type { Token } from './tokens.ts';

/** Words (or the last word of two) that name a site after a place's name. */
export const SITE_WORDS: ReadonlySet<string> = new Set([
  'airport',
  'airbase',
  'airfield',
  'airstrip',
  'station',
  'dam',
  'crossing',
  'district',
  'neighbourhood',
  'neighborhood',
  'market',
  'hospital',
  'port',
  'refinery',
  'bridge',
  'checkpoint',
  'prison',
  'base',
  'camp',
  'plant',
  'square',
  'harbour',
  'harbor',
  'quarter',
  'suburb',
]);
/** Words that may stand between a name and its site word ("railway station", "air base", "border crossing"). */
const SITE_MODIFIERS: ReadonlySet<string> = new Set([
  'air',
  'railway',
  'train',
  'rail',
  'bus',
  'border',
  'power',
  'military',
  'naval',
  'army',
  'refugee',
  'central',
  'main',
  'nuclear',
  'police',
  'fuel',
  'oil',
  'gas',
  'international',
  'civilian',
  'city',
  'general',
  'military',
]);

/** Sites a capital or a seat of an area has many of: "<city> hospital" names none of them. */
const MANY_IN_A_CITY: ReadonlySet<string> = new Set([
  'hospital',
  'market',
  'school',
  'district',
  'neighbourhood',
  'neighborhood',
  'square',
  'quarter',
  'suburb',
  'camp',
  'checkpoint',
  'bridge',
  'plant',
]);
/**
 * Words of a part of a city that a town may itself be: "the Tajoura suburb of Tripoli" names the suburb
 * that is the town found, not a site inside it. ("The Kupiansk district" is the area around the town of
 * that name, larger than the town: it stays apart.)
 */
const AREA_WORDS: ReadonlySet<string> = new Set(['suburb', 'suburbs', 'neighbourhood', 'neighborhood', 'quarter']);

/** Before a site's town: "a Kyiv hospital" is one of the town's, no site of that name. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an']);
/** GeoNames' feature ranks of a capital (0) and a first-level seat (1). */
const CITY_SEAT_RANK = 1;

/** A site made of a place and the words after it. */
export interface SiteHit {
  readonly last: number;
  readonly place: Place;
}

/**
 * The site a place's name starts, when a site word follows it ("Kramatorsk railway station").
 * @example widenToSite(candidate('Kramatorsk'), tokenize('Kramatorsk railway station'), kramatorsk)?.place.name // 'Kramatorsk railway station'
 */
export function widenToSite(c: Candidate, tokens: readonly Token[], place: Place): SiteHit | null {
  if (place.kind === 'country' || place.kind === 'site') return null;
  const end = siteEnd(tokens, c.last);
  if (end < 0) return null;
  const words = tokens.slice(c.last + 1, end + 1).map((t) => t.text.toLowerCase());
  // "Kyiv hospital took a direct hit": a city has many hospitals; without a name of its own, one in the city.
  const site = tokens[end];
  if (end === c.last + 1 && site && MANY_IN_A_CITY.has(site.key) && !site.capitalised && c.entry.featureRank <= CITY_SEAT_RANK) return null;
  // "Blast kills dozens in Tigray Market": a province has many markets; one named after it is one of them, no site.
  if (site && MANY_IN_A_CITY.has(site.key) && (place.kind === 'governorate' || place.kind === 'region')) return null;
  // "the Tajoura suburb of Tripoli": a town found by its name is the suburb the word after it says it is.
  if (end === c.last + 1 && site && AREA_WORDS.has(site.key) && place.kind === 'city') return null;
  if (isOneOfTheTowns(tokens, c.first)) return null;
  return { last: end, place: siteAt(`${place.name} ${siteWords(words.join(' '))}`, place) };
}

/**
 * Whether the town a site word follows is preceded by "a": "a Kyiv hospital", "a Gaza refugee camp"
 * are one of the town's, not a site by that name.
 */
export function isOneOfTheTowns(tokens: readonly Token[], first: number): boolean {
  return INDEFINITE.has(tokens[first - 1]?.key ?? '');
}

/** One spelling for the kinds of site written several ways: the station of a town is its railway station. */
const SAME_SITE: ReadonlyMap<string, string> = new Map([
  ['station', 'railway station'],
  ['train station', 'railway station'],
  ['rail station', 'railway station'],
  ['airbase', 'air base'],
  ['neighborhood', 'neighbourhood'],
  ['harbor', 'harbour'],
]);

/**
 * The site words in the one spelling every report of the site shares.
 * @example siteWords('train station') // 'railway station'
 */
export function siteWords(written: string): string {
  return SAME_SITE.get(written) ?? written;
}

/**
 * The last token of a site phrase after token `last` ("railway station"), or -1.
 * @example siteEnd(tokenize('Kramatorsk railway station'), 0) // 2
 */
export function siteEnd(tokens: readonly Token[], last: number): number {
  const name = tokens[last];
  const next = tokens[last + 1];
  if (!name || !next || !name.joinsNext || name.possessive) return -1;
  if (SITE_WORDS.has(next.key)) return last + 1;
  const after = tokens[last + 2];
  if (SITE_MODIFIERS.has(next.key) && next.joinsNext && after && SITE_WORDS.has(after.key)) return last + 2;
  return -1;
}

/**
 * A site or a village named `name`, put where `parent` is, in its area and country.
 * @example siteAt('Kramatorsk railway station', kramatorsk).id // 'kramatorsk-railway-station-ua'; siteAt('Midan neighborhood', aleppo).id // 'midan-neighborhood-aleppo'
 */
export function siteAt(name: string, parent: Place, kind: Place['kind'] = 'site'): Place {
  const country = parent.country;
  const slug = placeSlug(name);
  // Named after its parent ("Kramatorsk railway station"), the name is unique in its country;
  // otherwise the parent joins the id, so that two Midan neighbourhoods of two cities stay two places.
  const own = slug.startsWith(`${placeSlug(parent.name)}-`);
  return {
    id: own ? `${slug}${country ? `-${country.toLowerCase()}` : ''}` : `${slug}-${parent.id}`,
    name,
    admin1: parent.admin1,
    country,
    lat: parent.lat,
    lon: parent.lon,
    kind,
  };
}
