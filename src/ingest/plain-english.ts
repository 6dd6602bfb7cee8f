/**
 * A cheap first check for language detection: text that is plainly English
 * (Latin script, full of English function words, free of other languages'
 * function words) needs no trigram comparison. Anything less clear is left
 * to the full detector.
 */

/** Short words that are common in English prose and rare as words in the other candidate languages. */
const ENGLISH_WORDS = new Set([
  'the',
  'of',
  'and',
  'that',
  'with',
  'said',
  'from',
  'by',
  'were',
  'which',
  'has',
  'have',
  'had',
  'been',
  'its',
  'their',
  'this',
  'for',
  'are',
  'it',
  'they',
  'after',
  'who',
  'not',
  'would',
  'his',
  'but',
  'than',
]);
/**
 * Function words of the other Latin-script candidates (French, German, Spanish, Italian, Portuguese,
 * Dutch, Swedish, Polish, Turkish), compared case-sensitively: written lower case they are
 * rare in English text ("UN" and "De Mistura" do not count).
 */
const OTHER_WORDS = new Set([
  'le',
  'la',
  'les',
  'des',
  'du',
  'et',
  'est',
  'une',
  'un',
  'dans',
  'pour',
  'sur',
  'qui',
  'au',
  'aux',
  'der',
  'die',
  'und',
  'das',
  'den',
  'dem',
  'ist',
  'nicht',
  'mit',
  'von',
  'zu',
  'ein',
  'eine',
  'auf',
  'sich',
  'el',
  'los',
  'las',
  'y',
  'que',
  'en',
  'del',
  'por',
  'con',
  'se',
  'su',
  'lo',
  'il',
  'di',
  'che',
  'della',
  'per',
  'nel',
  'nella',
  'gli',
  'sono',
  'ha',
  'e',
  'não',
  'com',
  'em',
  'um',
  'uma',
  'da',
  'do',
  'os',
  'dos',
  'ao',
  'het',
  'een',
  'van',
  'zijn',
  'op',
  'niet',
  'voor',
  'ook',
  'werd',
  'och',
  'att',
  'är',
  'för',
  'på',
  'med',
  'som',
  'av',
  'till',
  'var',
  'w',
  'z',
  'na',
  'się',
  'nie',
  'że',
  'jest',
  'do',
  'od',
  'po',
  've',
  'bir',
  'bu',
  'ile',
  'için',
  'olarak',
  'da',
  'de',
]);
/** The length of the longest word in either list (ASCII lower case: its length in any case). */
const LONGEST_LISTED_WORD = Math.max(...[...ENGLISH_WORDS, ...OTHER_WORDS].map((w) => w.length));
/** At least this share of the words must be English function words (English news: 0.2 and up). */
const MIN_ENGLISH_SHARE = 0.15;
/** At most this share may be other languages' function words. */
const MAX_OTHER_SHARE = 0.02;
/** At most this share of the letters may be outside plain ASCII (accents, other scripts). */
const MAX_NON_ASCII_SHARE = 0.03;
/** One letter, by its Unicode properties, where lastIndex is set. */
const LETTER_AT = /\p{L}/uy;

/** What the first check reads from a sample: its letters and its words (runs of letters). */
export interface SampleCounts {
  /** Letters (Unicode code points of category L). */
  readonly letters: number;
  readonly words: number;
  /** Words that are English function words. */
  readonly english: number;
  /** Words that are other languages' function words. */
  readonly other: number;
  /** UTF-16 units of the words that hold a letter beyond ASCII. */
  readonly nonAscii: number;
  /** UTF-16 units of all words. */
  readonly wordUnits: number;
}

/**
 * Counts a sample's letters and words in one pass, reading ASCII char by char.
 * @example countSample('The town, it said.').english // 2
 */
export function countSample(sample: string): SampleCounts {
  // The counts live in one object that a plain function updates: a closure over local
  // counters would keep them in a heap context, slowing every step of the loop.
  const counts = { letters: 0, words: 0, english: 0, other: 0, nonAscii: 0, wordUnits: 0 };
  let start = -1;
  let plain = true;
  let upper = false;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) {
        counts.letters++;
        if (start === -1) start = i;
        if (c <= 90) upper = true;
      } else if (start !== -1) {
        countWord(counts, sample, start, i, plain, upper);
        start = -1;
        plain = true;
        upper = false;
      }
      continue;
    }
    LETTER_AT.lastIndex = i;
    const m = LETTER_AT.exec(sample);
    if (m) {
      counts.letters++;
      if (start === -1) start = i;
      plain = false;
      i += m[0].length - 1;
    } else {
      if (start !== -1) {
        countWord(counts, sample, start, i, plain, upper);
        start = -1;
        plain = true;
        upper = false;
      }
      // A pair of surrogates is one character.
      if (c >= 0xd800 && c <= 0xdbff && (sample.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    }
  }
  if (start !== -1) countWord(counts, sample, start, sample.length, plain, upper);
  return counts;
}

type Counts = { -readonly [K in keyof SampleCounts]: SampleCounts[K] };

/**
 * Counts the word `sample[start, end)`: `plain` when all its letters are ASCII, `upper` when
 * one of them is upper case (only then is it lower-cased: on text beyond Latin-1, as most
 * pasted articles are with their typographic quotes, toLowerCase takes a slow path).
 */
function countWord(counts: Counts, sample: string, start: number, end: number, plain: boolean, upper: boolean): void {
  const length = end - start;
  counts.words++;
  counts.wordUnits += length;
  if (!plain) counts.nonAscii += length;
  // A longer word is in neither list: no need to cut it out and look it up.
  if (length > LONGEST_LISTED_WORD) return;
  const word = sample.slice(start, end);
  if (OTHER_WORDS.has(word)) counts.other++;
  else if (plain && ENGLISH_WORDS.has(upper ? word.toLowerCase() : word)) counts.english++;
}

/**
 * True when a sample is plainly English: Latin letters, at least 15% English function words
 * and next to none of another language's. False says nothing: the text may still be English.
 * @example isPlainEnglish(countSample('The army said that the town had been retaken by its forces after a week of fighting.')) // true
 * @example isPlainEnglish(countSample("Les forces syriennes ont repris la ville, a annoncé l'armée.")) // false
 */
export function isPlainEnglish(counts: SampleCounts): boolean {
  const { words, english, other, nonAscii, wordUnits } = counts;
  return words > 0 && english >= MIN_ENGLISH_SHARE * words && other <= MAX_OTHER_SHARE * words && nonAscii <= MAX_NON_ASCII_SHARE * wordUnits;
}
