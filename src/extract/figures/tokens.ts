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
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0];
    const c = t.charCodeAt(0);
    const kind: TokenKind = c >= 48 && c <= 57 ? 'num' : LETTER.test(t) ? 'word' : 'punct';
    out.push({ text: t, lower: t.toLowerCase().replace(/’/g, "'"), start: m.index, end: m.index + t.length, kind });
  }
  return out;
}
