/**
 * Which names of a GeoNames place are read in articles. GeoNames lists every
 * spelling in every language; many are English words or generic Arabic words
 * ("Bab" for al-Bab, "Tall" for At Tall, "Salt") that would turn ordinary text
 * into places. The rules below keep the spellings an English article uses.
 */
import { ARTICLES, foldKey, isLatinName, keyWithoutArticle, nameWords, skeletonKey } from './fold.ts';
import type { GeoNamesCity } from './geonames.ts';
import { countryTier, readsAlternates, type Focus } from './scope.ts';

export interface IndexedName {
  readonly key: string;
  /** Consonant skeleton for fuzzy spellings (see skeletonKey), or null. */
  readonly skeleton: string | null;
  /** Keys of the name's words (for the skeleton's shared-word check). */
  readonly wordKeys: readonly string[];
  /** True for alternate names and derived spellings (article dropped): they need more care in text. */
  readonly alternate: boolean;
  /** Number of words in the written name. */
  readonly words: number;
}

/** A one-word name shorter than this is never read ("Of", "Bor", "Bab"). */
const MIN_SINGLE_WORD = 4;
/** A name of several words shorter than this is never read ("San'a" as 'sana'); "Al Bab" is 5. */
const MIN_SEVERAL_WORDS = 5;
/** Outside the first focus country, a one-word alternate name shorter than this is not read. */
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
/** English words that describe a place rather than name it ("Old City", "Northern District"). */
const ENGLISH_GENERIC_WORDS: readonly string[] = [
  'city',
  'town',
  'village',
  'camp',
  'north',
  'south',
  'east',
  'west',
  'central',
  'new',
  'old',
  'upper',
  'lower',
  'northern',
  'southern',
  'eastern',
  'western',
  'district',
  'province',
  'governorate',
  'region',
  'plain',
  'plains',
  'island',
  'islands',
  'valley',
  'mount',
  'saint',
  'port',
];
const ENGLISH_GENERIC: ReadonlySet<string> = new Set(ENGLISH_GENERIC_WORDS);

/**
 * English words that open sentences and never name a place in a report, though a small town
 * somewhere bears them ("Many, Louisiana": "Many civilian bodies cannot be retrieved").
 */
const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'many',
  'most',
  'some',
  'several',
  'each',
  'every',
  'both',
  'either',
  'neither',
  'such',
  'much',
  'more',
  'none',
  'other',
  'another',
  'these',
  'those',
  'there',
  'here',
  'also',
  'then',
  'thus',
  'still',
  'even',
  'only',
  'after',
  'before',
  'since',
  'until',
  'during',
  'among',
  'amid',
  'while',
  'when',
  'where',
  'though',
  'although',
  'however',
  'meanwhile',
];

export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  'tall',
  'tell',
  'tal',
  'tel',
  'khan',
  'kafr',
  'kfar',
  'kafar',
  'kafer',
  'ain',
  'ayn',
  'ein',
  'deir',
  'dayr',
  'dair',
  'jabal',
  'jebel',
  'jbel',
  'wadi',
  'bir',
  'qasr',
  'nahr',
  'ras',
  'bab',
  'khirbat',
  'khirbet',
  'kherbet',
  'mazraat',
  'sheikh',
  'shaykh',
  'cheikh',
  'abu',
  'umm',
  'beit',
  'bayt',
  'beyt',
  'qaryat',
  'harat',
  'souk',
  'suq',
  'madinat',
  'sham',
  'hamra',
  'merkez',
  'koy',
  ...ENGLISH_GENERIC_WORDS,
  ...ENGLISH_FUNCTION_WORDS,
]);

/** A name ending in the word "City", and what comes before it. */
const CITY_SUFFIX = /^(.+?)\s+City$/;

/** How a country's names are read: its tier in the focus, and whether they carry Arabic articles. */
export interface NameScope {
  readonly focus: Focus;
  readonly arabicNamed: ReadonlySet<string>;
}

/**
 * The keys a GeoNames place is found by, best spelling first.
 * @example cityNames(tadmur, { focus: ['SY'], arabicNamed }).some((n) => n.key === 'palmyra' && n.alternate) // true
 */
export function cityNames(city: GeoNamesCity, scope: NameScope): IndexedName[] {
  const out = new Map<string, IndexedName>();
  const primary = countryTier(city.country, scope.focus) === 0;
  const add = (written: string, alternate: boolean): void => {
    const wordKeys = nameWords(written);
    const words = wordKeys.length;
    if (words === 0 || words > MAX_WORDS || isGenericName(wordKeys)) return;
    const skeleton = primary ? skeletonKey(wordKeys) : null;
    push(out, { key: foldKey(written), skeleton, wordKeys, alternate, words }, primary);
    const bare = scope.arabicNamed.has(city.country) ? keyWithoutArticle(written) : null;
    if (bare) push(out, { key: bare, skeleton, wordKeys, alternate: true, words: words - 1 }, primary);
  };
  add(city.name, false);
  add(city.asciiName, false);
  // "New York City" is mostly written "New York", "Ho Chi Minh City" "Ho Chi Minh": a name of three
  // words or more ending in "City" is found without it too, as its own name. (Of shorter ones, "Kuwait", "Mexico",
  // "Panama" name their countries.)
  const withoutCity = CITY_SUFFIX.exec(city.asciiName || city.name);
  if (withoutCity?.[1] && nameWords(withoutCity[1]).length >= 2) add(withoutCity[1], false);
  if (readsAlternates(city.country, city.featureCode, city.population, scope.focus)) {
    for (const alt of city.alternateNames) {
      if (isLatinName(alt) && HAS_LOWERCASE.test(alt) && !HAS_DIGIT.test(alt)) add(alt, true);
    }
  }
  return [...out.values()];
}

/**
 * Whether a one-word or longer key is specific enough to be read as a place name
 * (`primary`: the place is in the first focus country, whose alternate spellings are trusted more).
 * @example isReadableKey('bab', 1, false, true) // false
 */
export function isReadableKey(key: string, words: number, alternate: boolean, primary: boolean): boolean {
  const abroad = alternate && !primary;
  if (words !== 1) return key.length >= (abroad ? MIN_SINGLE_WORD_ALTERNATE_ABROAD + 1 : MIN_SEVERAL_WORDS);
  if (GENERIC_WORDS.has(key)) return false;
  return key.length >= (abroad ? MIN_SINGLE_WORD_ALTERNATE_ABROAD : MIN_SINGLE_WORD);
}

/**
 * True when a name is only English descriptive words ("Old City", "Northern District"):
 * a description that many places share. ("Ras al-Ain", Arabic "head of the spring", is a name.)
 * @example isGenericName(['old', 'city']) // true
 */
export function isGenericName(wordKeys: readonly string[]): boolean {
  return wordKeys.every((w) => ENGLISH_GENERIC.has(w) || ARTICLES.has(w));
}

function push(out: Map<string, IndexedName>, name: IndexedName, primary: boolean): void {
  if (!isReadableKey(name.key, name.words, name.alternate, primary)) return;
  const had = out.get(name.key);
  if (!had || (had.alternate && !name.alternate)) out.set(name.key, name);
}
