/**
 * A cheap, allocation-free test that a word is none of a few known words
 * (compared in lower case): most words of a sentence are ruled out without
 * cutting them out of the text or lower-casing them.
 */

/** Bits of the filter: a few hundred known words leave nearly all of them clear. */
const BITS = 1 << 16;

/** A bit per hash value (modulo BITS), set for the hashes of the known words. */
export type WordFilter = Uint32Array;

/**
 * A hash of the lower-case form of `text[start, end)`, read char by char; -1 when
 * the word holds anything beyond ASCII (its lower-case form is then left to
 * `toLowerCase`, which may map it to ASCII: "\u212A" -> "k").
 * @example lowerAsciiHash('Syria', 0, 5) === lowerAsciiHash('syria', 0, 5) // true
 */
export function lowerAsciiHash(text: string, start: number, end: number): number {
  let h = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return -1;
    h = (Math.imul(h, 31) + (c >= 65 && c <= 90 ? c + 32 : c)) | 0;
  }
  return h & (BITS - 1);
}

/**
 * The filter of these lower-case words: `mayBeAmong` is true for each of them.
 * @example mayBeAmong(wordFilter(['syria']), lowerAsciiHash('SYRIA', 0, 5)) // true
 */
export function wordFilter(words: Iterable<string>): WordFilter {
  const bits = new Uint32Array(BITS / 32);
  for (const word of words) {
    const h = lowerAsciiHash(word, 0, word.length);
    if (h !== -1) bits[h >>> 5] = (bits[h >>> 5] ?? 0) | (1 << (h & 31));
  }
  return bits;
}

/**
 * False only when the word of this hash is none of the filter's words (in lower case):
 * a word beyond ASCII (-1) always may be. Distinct words may share a hash, never the reverse.
 */
export function mayBeAmong(filter: WordFilter, hash: number): boolean {
  return hash === -1 || ((filter[hash >>> 5] ?? 0) & (1 << (hash & 31))) !== 0;
}
