/**
 * Whether an article writes a word in lowercase ("salt", "fierce"), as place keys meet it: a
 * one-word place whose name the article also uses as a common word needs more to be read
 * as a place. Read char by char: the Unicode regex this replaces (a run of lowercase
 * letters not joined to a letter, digit, apostrophe or hyphen before it, nor to a letter or
 * digit after it) cost more than the rest of the place reading it served. A word is looked
 * for when asked (most articles ask about a few keys): listing every lowercase word of every
 * article cost more than the questions. An article that asks about many lists its words once.
 */
import { isAsciiAlnum } from '../word-runs.ts';

const CHAR_LOWER_A = 0x61;
const CHAR_LOWER_Z = 0x7a;
const ASCII_END = 0x80;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
/** What may not stand just before a word: a letter, a digit, an apostrophe or a hyphen. */
const JOINS_BEFORE = /^[\p{L}\p{N}'’-]$/u;
/** What may not stand just after a word: a letter or a digit. */
const JOINS_AFTER = /^[\p{L}\p{N}]$/u;

/**
 * Whether `text` writes `key` as a word in lowercase: keys hold only ASCII letters and digits,
 * so a word of two lowercase ASCII letters or more standing apart (not joined to a letter, digit,
 * apostrophe or hyphen before it, nor to a letter or digit after it).
 * @example writesInLowercase("Salt and 'em: al-bab", 'and') // true
 * @example writesInLowercase("Salt and 'em: al-bab", 'salt') // false
 */
export function writesInLowercase(text: string, key: string): boolean {
  if (key.length < 2 || !isLowercaseWord(key)) return false;
  for (let at = text.indexOf(key); at !== -1; at = text.indexOf(key, at + 1)) {
    // A word apart (a letter on either side, lowercase ones included, joins it to a longer word).
    if (!joinedBefore(text, at) && !joinedAfter(text, at + key.length)) return true;
  }
  return false;
}

function isLowercaseWord(key: string): boolean {
  for (let i = 0; i < key.length; i++) if (!isLowerAscii(key.charCodeAt(i))) return false;
  return true;
}

/**
 * Adds to `into` the lowercase words of `text` that a place key can equal: keys hold only
 * ASCII letters and digits, so of the words of two lowercase letters or more standing
 * apart, those of ASCII letters.
 * @example addLowercaseWords("Salt and 'em: al-bab", new Set()) // Set { 'and' }
 */
export function addLowercaseWords(text: string, into: Set<string>): Set<string> {
  for (let i = 0; i < text.length; ) {
    if (!isLowerAscii(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < text.length && isLowerAscii(text.charCodeAt(end))) end++;
    if (end - i >= 2 && !joinedBefore(text, i) && !joinedAfter(text, end)) into.add(text.slice(i, end));
    i = end;
  }
  return into;
}

function isLowerAscii(c: number): boolean {
  return c >= CHAR_LOWER_A && c <= CHAR_LOWER_Z;
}

/** A letter, digit, apostrophe or hyphen ends just before `i` (ASCII told without the regex). */
function joinedBefore(text: string, i: number): boolean {
  if (i === 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c < ASCII_END) return isAsciiAlnum(c) || c === APOSTROPHE || c === HYPHEN;
  return JOINS_BEFORE.test(characterBefore(text, i));
}

/** A letter or digit starts at `i` (ASCII told without the regex). */
function joinedAfter(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const c = text.charCodeAt(i);
  if (c < ASCII_END) return isAsciiAlnum(c);
  return JOINS_AFTER.test(characterAt(text, i));
}

/** The character (a surrogate pair is one) that ends just before `i`, or '' at the start. */
function characterBefore(text: string, i: number): string {
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const high = text.charCodeAt(i - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(i - 2, i);
  }
  return i >= 1 ? text.charAt(i - 1) : '';
}

/** The character (a surrogate pair is one) that starts at `i`, or '' at the end. */
function characterAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return text.slice(i, i + 2);
  }
  return text.charAt(i);
}
