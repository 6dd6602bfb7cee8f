/**
 * Word tokens of one sentence with their offsets: the figures extractor reads
 * a sentence as tokens so that "the word before" and "the next three words" are
 * cheap index steps instead of new regex scans.
 */

/** A number ("1,324", "2.6", "10000"), a word (hyphens and apostrophes inside), or one punctuation mark. */
const TOKEN = /\d+(?:[.,]\d+)*|\p{L}+(?:['’\-]\p{L}+)*|[^\s\p{L}\p{N}]/gu;
const LETTER = /^\p{L}/u;

export type TokenKind = 'num' | 'word' | 'punct';

export interface Token {
  readonly text: string;
  /** Lower case, curly apostrophes made straight. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  readonly kind: TokenKind;
}

/**
 * Splits a sentence into number, word and punctuation tokens.
 * @example tokenize('Over 1,324 militants').map((t) => t.text) // ['Over', '1,324', 'militants']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    // Only one-character tokens can be punctuation; longer ones are words or numbers by construction.
    const kind: TokenKind = c >= 48 && c <= 57 ? 'num' : t.length > 1 || LETTER.test(t) ? 'word' : 'punct';
    const lower = t.toLowerCase();
    out.push({ text: t, lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower, start: m.index, end: m.index + t.length, kind });
  }
  return out;
}
