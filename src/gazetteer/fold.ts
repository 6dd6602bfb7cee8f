/**
 * Name keys: how a place name written in an article meets a gazetteer name.
 * Transliterations of Arabic differ in diacritics, apostrophes, hyphens and
 * spacing ("Deir ez-Zor", "Deir Ezzor", "Dayr az Zawr"), so a key keeps only
 * the ASCII letters and digits of a name, lowercased.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
const PLAIN_WORD = /^[A-Za-z0-9]*$/;
const NOT_KEY_CHARACTER = /[^a-z0-9]+/g;
/** Letters NFD does not decompose into an ASCII base letter. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = { ı: 'i', ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', þ: 'th' };
const SPECIAL_LETTER = /[ıøæœßđłþ]/g;
/** A name written in the Latin script (with its punctuation and transliteration marks). */
const LATIN_NAME = /^[\p{Script=Latin}\p{M}\p{N}\s\p{P}ʿʾʻʼ`´]+$/u;
const WORD_SEPARATOR = /[\s\-‐–]+/u;

/**
 * Arabic definite articles as transliterated before a name ("Ar Raqqah",
 * "al-Bab", "Ez Zor"). A name is also known without its article, and the same
 * place is written with different ones.
 */
export const ARTICLES: ReadonlySet<string> = new Set([
  'al',
  'el',
  'ar',
  'er',
  'as',
  'es',
  'az',
  'ez',
  'ad',
  'ed',
  'at',
  'et',
  'an',
  'en',
  'ash',
  'esh',
  'ath',
  'eth',
  'adh',
  'edh',
]);

/**
 * Folds a name or a run of words to its lookup key.
 * @example foldKey('Deir ez-Zor') // 'deirezzor'
 */
export function foldKey(name: string): string {
  if (PLAIN_WORD.test(name)) return name.toLowerCase(); // most words: no marks, no punctuation
  if (ASCII.test(name)) return name.toLowerCase().replace(NOT_KEY_CHARACTER, '');
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(NOT_KEY_CHARACTER, '');
}

/**
 * True when a name is written in the Latin script, so it can occur in English text.
 * @example isLatinName('Tadmur') // true; isLatinName('تدمر') // false
 */
export function isLatinName(name: string): boolean {
  return LATIN_NAME.test(name);
}

/**
 * The words of a name, as folded keys ("Ar Raqqah" -> ['ar', 'raqqah']).
 * @example nameWords('Deir ez-Zor') // ['deir', 'ez', 'zor']
 */
export function nameWords(name: string): string[] {
  return name
    .split(WORD_SEPARATOR)
    .map(foldKey)
    .filter((w) => w !== '');
}

/** Letters transliterations of one Arabic sound disagree on: vowels, h (of kh, gh, sh, th...), w and y. */
const SKELETON_DROPPED = /[aeiouyhw]/g;
const DOUBLED = /(.)\1+/g;
/** A skeleton shorter than this matches too many names to mean one. */
const MIN_SKELETON = 4;

/**
 * The consonant skeleton of a name's words, articles dropped, for spellings no
 * list holds ("Deir Ezour", "Deir az-Zour" and "Deir ez-Zor" are all 'drzr'),
 * or null for a one-word name (one word's skeleton matches too much:
 * "Repels" and "Hierapolis") or one too short to be specific.
 * @example skeletonKey(['deir', 'az', 'zour']) // 'drzr'
 */
export function skeletonKey(wordKeys: readonly string[]): string | null {
  const words = wordKeys.filter((w) => !ARTICLES.has(w));
  if (words.length < 2) return null;
  const skeleton = words.join('').replace(/q/g, 'k').replace(SKELETON_DROPPED, '').replace(DOUBLED, '$1');
  return skeleton.length >= MIN_SKELETON ? skeleton : null;
}

/**
 * The key of a name without its leading Arabic article, or null when it has none.
 * @example keyWithoutArticle('Ar Raqqah') // 'raqqah'
 */
export function keyWithoutArticle(name: string): string | null {
  const words = nameWords(name);
  if (words.length < 2 || !ARTICLES.has(words[0] ?? '')) return null;
  return words.slice(1).join('');
}
