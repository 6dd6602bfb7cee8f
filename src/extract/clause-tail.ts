/**
 * The last few words of the clause that ends at an offset, read backwards from it:
 * taking the whole clause first and splitting it is quadratic when a long sentence
 * holds many dates ("12/12/2016 12/12/2016 ...") and each asks for its own clause.
 */

import { isSpaceAt } from './word-runs.ts';

/** Past this many characters nothing is read: no run of a dozen words of prose is so long. */
const MAX_CHARS = 2000;

/**
 * The last `count` words of the clause of `text` that ends at `end` (after the last
 * clause delimiter before it), joined by single spaces.
 * @example lastWordsOfClause('In 2011, since the war  began in', 32, 3) // 'war began in'
 */
export function lastWordsOfClause(text: string, end: number, count: number): string {
  return text
    .slice(clauseTailStart(text, end, count), end)
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

/**
 * Where the stretch lastWordsOfClause reads starts: `text.slice(clauseTailStart(...), end)`
 * holds the same words with the text's own spaces, for a reader that tests it before
 * (or instead of) joining them.
 * @example clauseTailStart('In 2011, since the war began', 28, 2) // 19
 */
export function clauseTailStart(text: string, end: number, count: number): number {
  const floor = Math.max(0, end - MAX_CHARS);
  let i = Math.min(end, text.length);
  let words = 0;
  while (i > floor && !endsClause(text.charCodeAt(i - 1))) {
    i--;
    if (!isSpaceAt(text, i) && (i === 0 || isSpaceAt(text, i - 1)) && ++words === count) break;
  }
  return i;
}

/** A character that ends a clause: , ; : ( ) – — (compared by code: it runs for every character read). */
function endsClause(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x3a || c === 0x28 || c === 0x29 || c === 0x2013 || c === 0x2014;
}
