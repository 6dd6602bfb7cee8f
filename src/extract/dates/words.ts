/**
 * Words the date rules share: small numbers written out, and the cues that tell
 * which way a date without a year points (month and weekday names are the
 * lexicon's, in src/lexicon/calendar-words.ts).
 */
import type { Direction, PeriodPart } from './candidate.ts';
import { allMatches } from '../all-matches.ts';

/** Small numbers written as words or digits, as regex source. */
export const COUNT_SOURCE = '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|\\d{1,3})';

const COUNTS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  several: 3,
  few: 3,
};

/** Future cues in the words just before a date: "will meet on Monday", "talks due to start on 3 May", "a withdrawal set for Tuesday". */
const FUTURE_CUE =
  /\b(?:will|shall|next|upcoming|coming|scheduled|(?:is|are|was|were|be) (?:due|set|expected|scheduled) to|(?:set|slated|scheduled|planned) for|plans? to|is to|are to)\b/gi;
/** Between the cue and the date, a reporting verb or a clause break ends the cue's reach: "which will ..., said on Sunday". */
const CUE_BREAK = /[.;]|\b(?:said|says|told|reported|announced|added|stated|claimed)\b/i;
/** How far back (characters) a future cue reaches. */
const CUE_REACH = 60;

/**
 * The value of a small count written as a word or digits, or null.
 * @example countValue('two') // 2
 */
export function countValue(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d+$/.test(w)) return Number(w);
  return COUNTS[w] ?? null;
}

/**
 * Which way a date without a year points, from the words before it in its sentence.
 * @example directionBefore('Talks will resume on ') // 'future'
 */
export function directionBefore(textBefore: string): Direction {
  const near = textBefore.slice(-CUE_REACH);
  let tail: string | null = null;
  for (const m of allMatches(FUTURE_CUE, near)) tail = near.slice(m.index + m[0].length);
  return tail !== null && !CUE_BREAK.test(tail) ? 'future' : 'past';
}

/**
 * The period part a modifier word names.
 * @example periodPart('late') // 'late'
 */
export function periodPart(word: string | undefined): PeriodPart | null {
  const w = (word ?? '').toLowerCase();
  if (w === 'early' || w.includes('beginning') || w.includes('start')) return 'early';
  if (w === 'mid' || w === 'middle') return 'mid';
  if (w === 'late' || w.includes('end')) return 'late';
  return null;
}
