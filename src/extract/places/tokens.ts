import { foldKey as fold } from '../../gazetteer/fold.ts';
import { isAlnumAt, nextRunStart, runEnd } from '../word-runs.ts';

/** Bound once: tokenize runs per word, and imported bindings may cost a lookup each. */
const foldKey = fold;

/** A word of a sentence, as place matching sees it. */
export interface Token {
  /** Offsets in the sentence text; `end` stops before a possessive "'s". */
  readonly start: number;
  readonly end: number;
  /** Where the written word ends, possessive included. */
  readonly fullEnd: number;
  readonly text: string;
  /** Folded key (see foldKey). */
  readonly key: string;
  /** Starts with an uppercase letter or a digit. */
  readonly capitalised: boolean;
  /** Two or more letters, all uppercase: a dateline ("BEIRUT") or an acronym ("US"). */
  readonly allCaps: boolean;
  /** Written with a possessive "'s" ("Syria's"). */
  readonly possessive: boolean;
  /** Joined to the next word by one space or a hyphen, so both can be one name. */
  readonly joinsNext: boolean;
  /** Joined to the next word by a hyphen ("al-Bab", "US-backed"). */
  readonly hyphenNext: boolean;
}

/**
 * A Token made by a constructor, not an object literal. V8 tracks where literals are made and,
 * when it sees most objects of one site outlive a young-generation collection, makes that site
 * allocate straight in the old generation ("pretenuring"). The tokens of the first articles
 * tipped it so: from then on every token was allocated old, each held its young strings for
 * the scavenger to copy and promote, and the old generation filled with dead tokens (about
 * 75 MB a thousand articles, a tenth of place reading spent collecting). Objects made by `new`
 * have no such site, and stay young.
 */
class WordToken implements Token {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly fullEnd: number,
    readonly text: string,
    readonly key: string,
    readonly capitalised: boolean,
    readonly allCaps: boolean,
    readonly possessive: boolean,
    readonly joinsNext: boolean,
    readonly hyphenNext: boolean,
  ) {}
}

/** Initialisms ("U.S."), or letters and digits with apostrophes inside a word ("Za'araya", "Syria's"). */
const WORD_AT = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:['’‘`ʿʾ][\p{L}\p{N}]+)*/uy;
const DOT = 0x2e;
const UPPER_START = /^[\p{Lu}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const SPACE = 0x20;
const NO_BREAK_SPACE = 0xa0;
const CHAR_A = 0x41;
const CHAR_Z = 0x5a;
const CHAR_LOWER_A = 0x61;
const CHAR_LOWER_Z = 0x7a;
const ASCII_END = 0x80;
/** Share of words of four letters or more that are capitalised in a title-case headline (names make body sentences reach 0.6). */
const TITLE_CASE_SHARE = 0.75;
const CHAR_S = 0x53;
const CHAR_LOWER_S = 0x73;
const APOSTROPHE = 0x27;
const RIGHT_QUOTE = 0x2019;

/**
 * Splits a sentence into words with their offsets and keys.
 * @example tokenize("Syria's al-Bab").map((t) => t.key) // ['syria', 'al', 'bab']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let start = nextRunStart(text, 0);
  while (start !== -1) {
    const end = wordEnd(text, start);
    const possessive = isPossessiveAt(text, start, end);
    const wordStop = possessive ? end - 2 : end;
    const w = text.slice(start, wordStop);
    const shape = asciiShape(text, start, wordStop);
    const capitalised = isCapitalised(w);
    // Where the next word starts, read before this one is made: whether they join is known at once.
    const next = nextRunStart(text, end);
    // Joined by one space or hyphen, and no possessive between.
    const gap = !possessive && next - end === 1 ? text.charCodeAt(end) : -1;
    const hyphenNext = isHyphen(gap);
    out.push(
      new WordToken(
        start,
        wordStop,
        end,
        w,
        wordKey(w, shape),
        capitalised,
        capitalised && w.length >= 2 && !hasLowercaseShaped(w, shape),
        possessive,
        hyphenNext || gap === SPACE || gap === NO_BREAK_SPACE,
        hyphenNext,
      ),
    );
    start = next;
  }
  return out;
}

/** asciiShape bits: a character beyond [A-Za-z0-9], an ASCII lowercase letter, an ASCII capital. */
const NOT_ASCII_ALNUM = 1;
const HAS_LOWER = 2;
const HAS_UPPER = 4;

/** What the word text[start, stop) is made of (asciiShape bits), read in one pass. */
function asciiShape(text: string, start: number, stop: number): number {
  let shape = 0;
  for (let i = start; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z) shape |= HAS_LOWER;
    else if (c >= CHAR_A && c <= CHAR_Z) shape |= HAS_UPPER;
    else if (c < 0x30 || c > 0x39) shape |= NOT_ASCII_ALNUM;
  }
  return shape;
}

/**
 * The word's folded key. A word of ASCII letters and digits only is what foldKey
 * lowercases and returns at once (its PLAIN_WORD case); without capitals it is its own key.
 */
function wordKey(w: string, shape: number): string {
  if ((shape & NOT_ASCII_ALNUM) !== 0) return foldKey(w);
  return (shape & HAS_UPPER) !== 0 ? w.toLowerCase() : w;
}

/** hasLowercase(w), told by the shape when the word is plain ASCII letters and digits. */
function hasLowercaseShaped(w: string, shape: number): boolean {
  return (shape & NOT_ASCII_ALNUM) === 0 ? (shape & HAS_LOWER) !== 0 : hasLowercase(w);
}

/**
 * Where the WORD_AT match starting at `start` (a letter or digit) ends: read by hand unless
 * it may be an initialism or starts beyond ASCII, where the regex decides.
 */
function wordEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c >= ASCII_END || (c >= CHAR_A && c <= CHAR_Z && text.charCodeAt(start + 1) === DOT)) {
    WORD_AT.lastIndex = start;
    return start + (WORD_AT.exec(text)?.[0].length ?? 1);
  }
  let end = runEnd(text, start);
  while (isInnerApostrophe(text.charCodeAt(end)) && isAlnumAt(text, end + 1)) end = runEnd(text, end + 1);
  return end;
}

/** The written word text[start, end) ends in a possessive "'s" and has a letter before it. */
function isPossessiveAt(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false;
  const s = text.charCodeAt(end - 1);
  const apostrophe = text.charCodeAt(end - 2);
  return (s === CHAR_LOWER_S || s === CHAR_S) && (apostrophe === APOSTROPHE || apostrophe === RIGHT_QUOTE);
}

/** One of the characters of WORD_AT that join two runs of letters into one word. */
function isInnerApostrophe(c: number): boolean {
  return c === 0x27 || c === 0x2019 || c === 0x2018 || c === 0x60 || c === 0x2bf || c === 0x2be;
}

/** A hyphen that joins two words into one name ("al-Bab"). */
function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2013;
}

function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < ASCII_END) return (c >= CHAR_A && c <= CHAR_Z) || (c >= 0x30 && c <= 0x39);
  return UPPER_START.test(word);
}

function hasLowercase(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z) return true;
    if (c >= ASCII_END) return LOWER.test(word);
  }
  return false;
}

/**
 * True when most longer words are capitalised: a headline in title case, where
 * capitals say nothing about names.
 * @example isTitleCase(tokenize('Russian Onslaught Forces Daesh Out Of Palmyra')) // true
 */
export function isTitleCase(tokens: readonly Token[]): boolean {
  let long = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.text.length < 4) continue;
    long++;
    if (t.capitalised) capitalised++;
  }
  return long >= 3 && capitalised / long >= TITLE_CASE_SHARE;
}

/**
 * The index of the token that starts at `start`, or -1: a binary search, tokens being in text order.
 * @example tokenStartingAt(tokenize('Shelling hit Homs'), 13) // 2
 */
export function tokenStartingAt(tokens: readonly Token[], start: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((tokens[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo]?.start === start ? lo : -1;
}
