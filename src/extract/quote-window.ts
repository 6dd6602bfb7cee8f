/**
 * The quote a claim carries: its sentence, or in a sentence too long to be one
 * (a pasted table, a run-on paragraph) a window around the figure. A whole
 * sentence per figure made the data grow with the square of such a text.
 */
import type { Sentence, Span } from '../model/types.ts';

/** Longer than the sentences of prose, which stay whole. */
export const MAX_QUOTE = 400;
const ELLIPSIS = '…';
const SPACE = /\s/;

/**
 * The sentence, whole when it has at most MAX_QUOTE characters; else about MAX_QUOTE
 * characters around the figure's span (in body offsets), cut at word boundaries and
 * marked with "…" where cut.
 * @example quoteAround({ index: 0, span: [0, 33], text: 'The strikes killed 300 militants.' }, [19, 22]) // the sentence
 */
export function quoteAround(sentence: Sentence, span: Span): string {
  const text = sentence.text;
  if (text.length <= MAX_QUOTE) return text;
  const start = clamp(span[0] - sentence.span[0], 0, text.length);
  const end = clamp(span[1] - sentence.span[0], start, text.length);
  const room = Math.max(0, MAX_QUOTE - (end - start));
  let from = Math.max(0, start - Math.floor(room / 2));
  let to = Math.min(text.length, Math.max(end, from + MAX_QUOTE));
  from = Math.max(0, Math.min(from, to - MAX_QUOTE, start));
  // Cut between words: move each cut inwards to white space, never into the figure.
  if (from > 0) from = nextSpace(text, from, start);
  if (to < text.length) to = previousSpace(text, to, end);
  const inner = text.slice(from, to).trim();
  return `${from > 0 ? ELLIPSIS : ''}${inner}${to < text.length ? ELLIPSIS : ''}`;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

/** The first white space at or after `i` and before `limit`, or `i` when there is none. */
function nextSpace(text: string, i: number, limit: number): number {
  for (let k = i; k < limit; k++) if (SPACE.test(text[k]!)) return k;
  return i;
}

/** The last white space at or before `i` and after `limit`, or `i` when there is none. */
function previousSpace(text: string, i: number, limit: number): number {
  for (let k = i; k > limit; k--) if (SPACE.test(text[k]!)) return k;
  return i;
}
