/**
 * Runs of letters and digits (`[\p{L}\p{N}]+`) found by reading plain ASCII char
 * by char: a Unicode-property regex costs far more per word than the words of an
 * English sentence need. Anything beyond ASCII is left to the regex, so the runs
 * are exactly the regex's. White space (`\s`) is read the same way.
 */

/** One letter or digit, by its Unicode properties, where lastIndex is set. */
const ALNUM_AT = /[\p{L}\p{N}]/uy;
/** A run of letters and digits, by its Unicode properties, where lastIndex is set. */
const RUN_AT = /[\p{L}\p{N}]+/uy;

const SPACE = /\s/;

/**
 * `/\s/.test(text[i])`, with the ASCII characters decided without a regex.
 * @example isSpaceAt('a b', 1) // true
 */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return SPACE.test(text.charAt(i));
}

/** An ASCII letter or digit. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/**
 * Whether a letter or digit stands at `i`.
 * @example isAlnumAt('a-b', 1) // false
 */
export function isAlnumAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 0x80) return isAsciiAlnum(c);
  if (Number.isNaN(c)) return false;
  ALNUM_AT.lastIndex = i;
  return ALNUM_AT.test(text);
}

/**
 * Where the next run of letters and digits starts, at or after `from`; -1 when none does.
 * @example nextRunStart('  al-Bab', 0) // 2
 */
export function nextRunStart(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isAsciiAlnum(c)) return i;
      continue;
    }
    ALNUM_AT.lastIndex = i;
    if (ALNUM_AT.test(text)) return i;
    // A pair of surrogates is one character: its second half starts nothing.
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return -1;
}

/**
 * Where the run of letters and digits starting at `start` ends (`start` must begin one).
 * @example runEnd('al-Bab', 0) // 2
 */
export function runEnd(text: string, start: number): number {
  for (let j = start; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c >= 0x80) {
      RUN_AT.lastIndex = start;
      return start + (RUN_AT.exec(text)?.[0].length ?? 0);
    }
    if (!isAsciiAlnum(c)) return j;
  }
  return text.length;
}
