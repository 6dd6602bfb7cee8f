/**
 * A date that stands in the name of a happening: "the October 7 attacks", "the March 2011
 * uprising". It labels that happening, wherever the story is; it is no day of the story's own.
 */
import type { Sentence } from '../../model/types.ts';

/** Before a date: "the", as in "the October 7 attacks"; after it: the happening it names. */
const THE_BEFORE = /\bthe\s+$/i;
/** The happening may have a word or two before it: "the Oct. 7 terror attack", "the October 7 Hamas-led attacks". */
const HAPPENING_AFTER = /^\s*(?:[\p{L}-]+\s+){0,2}?(?:attacks?|strikes?|massacres?|bombings?|offensive|invasion|assault|raids?|uprising|events)\b/iu;

/**
 * Whether the date at `span` (in the text's characters) names a happening in its sentence.
 * @example namesHappening(sentence('It began with the October 7 attacks.'), spanOfOctober7) // true
 */
export function namesHappening(sentence: Sentence, span: readonly [number, number]): boolean {
  const start = span[0] - sentence.span[0];
  const end = span[1] - sentence.span[0];
  return THE_BEFORE.test(sentence.text.slice(Math.max(0, start - 8), start)) && HAPPENING_AFTER.test(sentence.text.slice(end, end + 20));
}
