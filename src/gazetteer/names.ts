/**
 * Which names of a GeoNames place are read in articles. GeoNames lists every
 * spelling in every language; many are English words or generic Arabic words
 * ("Bab" for al-Bab, "Tall" for At Tall, "Salt") that would turn ordinary text
 * into places. The rules below keep the spellings an English article uses.
 */
import { foldKey, isLatinName, keyWithoutArticle, nameWords } from './fold.ts';
import type { GeoNamesCity } from './geonames.ts';
import { ARABIC_NAMED, HOME_COUNTRY, NEIGHBOURS, NEIGHBOUR_ALTERNATES_MIN_POPULATION } from './scope.ts';

export interface IndexedName {
  readonly key: string;
  /** True for alternate names and derived spellings (article dropped): they need more care in text. */
  readonly alternate: boolean;
  /** Number of words in the written name. */
  readonly words: number;
}

/** A one-word name shorter than this is never read ("Of", "Bor", "Bab"). */
const MIN_SINGLE_WORD = 4;
/** Outside Syria, a one-word alternate name shorter than this is not read. */
const MIN_SINGLE_WORD_ALTERNATE_ABROAD = 5;
/** Longer alternate names are descriptions, not names. */
const MAX_WORDS = 6;
const HAS_LOWERCASE = /\p{Ll}/u;
const HAS_DIGIT = /\d/;

/**
 * Generic words of Arabic and Turkish place names ("hill", "village of",
 * "gate", "father of") and English compass words: on their own they name no
 * particular place, and they start many other names and people's names.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'tall', 'tell', 'tal', 'tel', 'khan', 'kafr', 'kfar', 'kafar', 'kafer', 'ain', 'ayn', 'ein', 'deir', 'dayr', 'dair',
  'jabal', 'jebel', 'jbel', 'wadi', 'bir', 'qasr', 'nahr', 'ras', 'bab', 'khirbat', 'khirbet', 'kherbet', 'mazraat',
  'sheikh', 'shaykh', 'cheikh', 'abu', 'umm', 'beit', 'bayt', 'beyt', 'qaryat', 'harat', 'souk', 'suq', 'madinat',
  'sham', 'hamra', 'merkez', 'koy', 'city', 'town', 'village', 'camp', 'north', 'south', 'east', 'west', 'central',
  'new', 'old', 'upper', 'lower',
]);

/**
 * The keys a GeoNames place is found by, best spelling first.
 * @example cityNames(tadmur).some((n) => n.key === 'palmyra' && n.alternate) // true
 */
export function cityNames(city: GeoNamesCity): IndexedName[] {
  const out = new Map<string, IndexedName>();
  const add = (written: string, alternate: boolean): void => {
    const words = nameWords(written).length;
    if (words === 0 || words > MAX_WORDS) return;
    push(out, { key: foldKey(written), alternate, words }, city.country);
    const bare = ARABIC_NAMED.has(city.country) ? keyWithoutArticle(written) : null;
    if (bare) push(out, { key: bare, alternate: true, words: words - 1 }, city.country);
  };
  add(city.name, false);
  add(city.asciiName, false);
  if (readsAlternates(city)) {
    for (const alt of city.alternateNames) {
      if (isLatinName(alt) && HAS_LOWERCASE.test(alt) && !HAS_DIGIT.test(alt)) add(alt, true);
    }
  }
  return [...out.values()];
}

/**
 * Whether a one-word or longer key is specific enough to be read as a place name.
 * @example isReadableKey('bab', 1, false, 'SY') // false
 */
export function isReadableKey(key: string, words: number, alternate: boolean, country: string): boolean {
  if (words !== 1) return key.length >= MIN_SINGLE_WORD;
  if (GENERIC_WORDS.has(key)) return false;
  const min = alternate && country !== HOME_COUNTRY ? MIN_SINGLE_WORD_ALTERNATE_ABROAD : MIN_SINGLE_WORD;
  return key.length >= min;
}

function push(out: Map<string, IndexedName>, name: IndexedName, country: string): void {
  if (!isReadableKey(name.key, name.words, name.alternate, country)) return;
  const had = out.get(name.key);
  if (!had || (had.alternate && !name.alternate)) out.set(name.key, name);
}

/** Syria's places are read by every spelling; elsewhere only seats and big cities are. */
function readsAlternates(city: GeoNamesCity): boolean {
  if (city.country === HOME_COUNTRY) return true;
  const seat = city.featureCode === 'PPLC' || city.featureCode === 'PPLA';
  if (NEIGHBOURS.includes(city.country)) return seat || city.population >= NEIGHBOUR_ALTERNATES_MIN_POPULATION;
  return city.featureCode === 'PPLC';
}
