/**
 * Abbreviations a news sentence goes on after: titles and ranks ("Lt. Gen."), months ("Oct. 7"),
 * countries' and bodies' initials ("U.S.", "U.N."), compass points and a few others. Both the
 * sentence splitter and the title read from a story's first sentence use them.
 */
import { MONTH_ABBREVIATION_PATTERN } from './calendar-words.ts';

/** Text that ends on one of the abbreviations, its full stop included (and white space after it). */
const ABBREVIATION_END = new RegExp(
  String.raw`(?:^|[\s(])(?:Lt|Col|Gen|Maj|Capt|Sgt|Brig|Adm|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Pres|St|Mt|No|${MONTH_ABBREVIATION_PATTERN}|U\.S|U\.N|U\.K|E|W|N|S|approx|vs|etc|Inc|Corp|Co|Jr|Sr)\.\s*$`,
);

/** The longest abbreviation ABBREVIATION_END knows ("Sept.", "U.S."), with the character before it. */
export const ABBREVIATION_REACH = 8;

/**
 * Whether text[start, end) ends on an abbreviation's full stop (white space after it aside), read
 * on its tail only: a run of abbreviations ("Lt. Lt. Lt. ...") keeps a pending sentence growing, and
 * a test of the whole of it each time would be quadratic. A cut tail starts with a letter, so `^`
 * cannot stand for the text's start there.
 * @example endsOnAbbreviation('Killed by a U.S.', 0, 16) // true
 */
export function endsOnAbbreviation(text: string, start: number, end: number): boolean {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  const from = Math.max(start, e - ABBREVIATION_REACH);
  return ABBREVIATION_END.test((from > start ? 'x' : '') + text.slice(from, e));
}
