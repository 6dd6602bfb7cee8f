/**
 * The article's one token stream: number, word and punctuation tokens with their
 * offsets, sentence by sentence. Readers take "the word before" and "the next three
 * words" as cheap index steps instead of new regex scans. Words keep their inner hyphens
 * and apostrophes ("al-Bab", "Syria's") and numbers their group separators ("1,324"), as
 * the figure rules read them. A tagger that cuts the text otherwise (wink-nlp splits
 * "al-Bab" and "Syria's", keeps "U.S." whole) fills `Token.pos` by the offsets: each
 * token takes the tag of the tagger's token it overlaps most, so readers keep their indexes.
 */
import type { Sentence, Token, TokenKind, TokenStream } from '../model/types.ts';
import type { Tagged, Tagger } from './tagger.ts';

/** A number ("1,324", "2.6", "10000"), a word (hyphens and apostrophes inside), or one punctuation mark. */
const TOKEN_AT = /\d+(?:[.,]\d+)*|\p{L}+(?:['’-]\p{L}+)*|[^\s\p{L}\p{N}]/uy;
const LETTER = /^\p{L}/u;

export type { Token, TokenKind } from '../model/types.ts';

/**
 * The token stream of an article's sentences: each sentence is tokenized on first ask and
 * kept, so every reader of the article gets the same tokens and none tokenizes twice. With
 * a tagger, each token also carries its part of speech (no reader needs one yet).
 * @example tokenStream().of(sentence)[0]?.text // 'Over'
 */
export function tokenStream(tagger?: Tagger): TokenStream {
  const bySentence = new Map<Sentence, readonly Token[]>();
  return {
    of(sentence) {
      let tokens = bySentence.get(sentence);
      if (!tokens) {
        tokens = tokenize(sentence.text, sentence.index);
        if (tagger) tokens = withTags(tokens, sentence.text, tagger.tag(sentence.text));
        bySentence.set(sentence, tokens);
      }
      return tokens;
    },
  };
}

/** Each token with the tag of the tagged word it overlaps most (the first of equals); words are found in the text in order. */
function withTags(tokens: readonly Token[], text: string, tagged: Tagged): Token[] {
  const spans: [number, number, number][] = [];
  let at = 0;
  tagged.words.forEach((w, n) => {
    const i = text.indexOf(w, at);
    if (i === -1) return;
    spans.push([i, i + w.length, n]);
    at = i + w.length;
  });
  let k = 0;
  return tokens.map((t) => {
    while (k < spans.length && (spans[k]?.[1] ?? 0) <= t.start) k++;
    let best = -1;
    let most = 0;
    for (let j = k; j < spans.length && (spans[j]?.[0] ?? Infinity) < t.end; j++) {
      const [s, e, n] = spans[j] ?? [0, 0, -1];
      const overlap = Math.min(e, t.end) - Math.max(s, t.start);
      if (overlap > most) [best, most] = [n, overlap];
    }
    const pos = tagged.tags[best];
    return pos ? { ...t, pos } : t;
  });
}

/**
 * Splits a sentence's text into number, word and punctuation tokens; `sentence` is its index.
 * @example tokenize('Over 1,324 militants', 0).map((t) => t.text) // ['Over', '1,324', 'militants']
 */
export function tokenize(text: string, sentence: number): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; ) {
    const start = i;
    // A space starts no token (tokenEnd would say so): step over it at once.
    if (text.charCodeAt(start) === 0x20) {
      i++;
      continue;
    }
    i = tokenEnd(text, start);
    if (i === start) {
      // No token starts here (white space, a digit beyond ASCII): on to the next character.
      const c = text.charCodeAt(start);
      i = start + (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(start + 1) & 0xfc00) === 0xdc00 ? 2 : 1);
      continue;
    }
    const t = text.slice(start, i);
    const kind = kindOf(t);
    // A number is digits, dots and commas: it is its own lower case.
    const lower = kind === 'num' ? t : t.toLowerCase();
    out.push(new StreamToken(t, lower.includes('’') ? lower.replace(/’/g, "'") : lower, start, i, kind, sentence));
  }
  return out;
}

/**
 * A token made by a constructor, not an object literal: V8 moves an object literal whose
 * objects mostly outlive a young-generation collection to the old generation for good,
 * which the tokens of the first articles can tip, and then every token of the build is
 * allocated old and collected there (see WordToken in places/tokens.ts).
 */
class StreamToken implements Token {
  constructor(
    readonly text: string,
    readonly lower: string,
    readonly start: number,
    readonly end: number,
    readonly kind: TokenKind,
    readonly sentence: number,
  ) {}
}

/** Only one-character tokens can be punctuation; longer ones are words or numbers by construction. */
function kindOf(t: string): TokenKind {
  const c = t.charCodeAt(0);
  if (c >= 48 && c <= 57) return 'num';
  if (t.length > 1) return 'word';
  // One ASCII character is a letter (\p{L}) exactly when it is A-Z or a-z.
  if (c < 0x80) return isLetter(c) ? 'word' : 'punct';
  return LETTER.test(t) ? 'word' : 'punct';
}

/**
 * Where the TOKEN match starting at `start` ends, or `start` when none starts there. Plain
 * ASCII is read char by char; a token that reaches beyond it is left to the regex.
 */
function tokenEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c >= 0x80) return regexEnd(text, start);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return start;
  if (isDigit(c)) {
    let i = start + 1;
    while (isDigit(text.charCodeAt(i))) i++;
    // Groups and decimals: "1,324", "2.6".
    for (let k = text.charCodeAt(i); (k === 0x2e || k === 0x2c) && isDigit(text.charCodeAt(i + 1)); k = text.charCodeAt(i)) {
      i += 2;
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return i;
  }
  if (!isLetter(c)) return start + 1;
  let i = start + 1;
  for (;;) {
    const k = text.charCodeAt(i);
    if (isLetter(k)) i++;
    else if (k >= 0x80 && k !== 0x2019) return regexEnd(text, start);
    else if ((k === 0x27 || k === 0x2019 || k === 0x2d) && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (isLetter(next)) i += 2;
      else if (next >= 0x80) return regexEnd(text, start);
      else return i;
    } else return i;
  }
}

function regexEnd(text: string, start: number): number {
  TOKEN_AT.lastIndex = start;
  return start + (TOKEN_AT.exec(text)?.[0].length ?? 0);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}
