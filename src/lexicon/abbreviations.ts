/**
 * Abbreviations a news sentence goes on after: titles and ranks ("Lt. Gen."), months ("Oct. 7"),
 * countries' and bodies' initials ("U.S.", "U.N."), compass points and a few others. Both the
 * sentence splitter and the title read from a story's first sentence use them.
 */
import { MONTH_ABBREVIATION_PATTERN } from './calendar-words.ts';

/** Text that ends on one of the abbreviations, its full stop included (and white space after it). */
export const ABBREVIATION_END = new RegExp(
  String.raw`(?:^|[\s(])(?:Lt|Col|Gen|Maj|Capt|Sgt|Brig|Adm|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Pres|St|Mt|No|${MONTH_ABBREVIATION_PATTERN}|U\.S|U\.N|U\.K|E|W|N|S|approx|vs|etc|Inc|Corp|Co|Jr|Sr)\.\s*$`,
);

/** The longest abbreviation ABBREVIATION_END knows ("Sept.", "U.S."), with the character before it. */
export const ABBREVIATION_REACH = 8;
