/**
 * The English calendar words, once: every rule that must know a weekday or a month name
 * (dates, publication lines, places that are not the name of a month) builds on these,
 * and every regex that names them is built from the patterns below (as chrono-node builds
 * its own from its dictionaries), so that no rule types a month out again.
 */

/** Weekday names, Monday first, lower case. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Month names, January first, lower case. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** The short month names pages write, lower case: three letters, and "sept" (May has none of its own). */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'] as const;

/** The short weekday names pages write ("Thu Mar 2, 2017", "Tues."), lower case. */
export const WEEKDAY_ABBREVIATIONS = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'] as const;

/** A month's number by the first three letters of its name ("sep" for "Sept." and "September"). */
const MONTH_BY_PREFIX: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((name, i) => [name.slice(0, 3), i + 1]));
/** A weekday's number (0 = Sunday, as Date counts) by the first three letters of its name. */
const WEEKDAY_BY_PREFIX: ReadonlyMap<string, number> = new Map(WEEKDAY_NAMES.map((name, i) => [name.slice(0, 3), (i + 1) % 7]));

/**
 * Month number (1-12) of a month name or abbreviation, or null.
 * @example monthNumber('Sept.') // 9
 */
export function monthNumber(name: string): number | null {
  return MONTH_BY_PREFIX.get(name.slice(0, 3).toLowerCase()) ?? null;
}

/**
 * Weekday number (0 = Sunday ... 6 = Saturday) of a weekday name or abbreviation, or null.
 * @example weekdayNumber('Thursday') // 4
 */
export function weekdayNumber(name: string): number | null {
  return WEEKDAY_BY_PREFIX.get(name.slice(0, 3).toLowerCase()) ?? null;
}

/**
 * The capitalised name of a weekday number (0 = Sunday, as Date counts).
 * @example weekdayName(4) // 'Thursday'
 */
export function weekdayName(weekday: number): string {
  return capitalised(WEEKDAY_NAMES[(weekday + 6) % 7] ?? '');
}

/**
 * A word as it starts a name: "may" becomes "May".
 * @example capitalised('thursday') // 'Thursday'
 */
export function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * A regex source matching any of the words, capitalised, as one non-capturing group.
 * Longest first, so that "Sept" is tried before "Sep" and "Tues" before "Tue".
 * @example anyWordPattern(['sep', 'sept']) // '(?:Sept|Sep)'
 */
export function anyWordPattern(words: readonly string[]): string {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  return `(?:${longestFirst.map(capitalised).join('|')})`;
}

/** Full month names, capitalised, as regex source: "(?:September|February|...)". */
export const MONTH_PATTERN = anyWordPattern(MONTH_NAMES);
/** Short month names, capitalised, as regex source ("Sept", "Sep", "Dec"); no full stop. */
export const MONTH_ABBREVIATION_PATTERN = anyWordPattern(MONTH_ABBREVIATIONS);
/** A month written out or short, as regex source. */
export const ANY_MONTH_PATTERN = anyWordPattern([...MONTH_NAMES, ...MONTH_ABBREVIATIONS]);
/** The first three letters of each month ("Jan" ... "Dec", "May" included), as regex source. */
export const MONTH_PREFIX_PATTERN = anyWordPattern([...MONTH_BY_PREFIX.keys()]);
/** Full weekday names, capitalised, as regex source. */
export const WEEKDAY_PATTERN = anyWordPattern(WEEKDAY_NAMES);
/** Short weekday names, as regex source ("Thurs", "Thu"). */
export const WEEKDAY_ABBREVIATION_PATTERN = anyWordPattern(WEEKDAY_ABBREVIATIONS);
/** A weekday written out or short, as regex source. */
export const ANY_WEEKDAY_PATTERN = anyWordPattern([...WEEKDAY_NAMES, ...WEEKDAY_ABBREVIATIONS]);
/** The first three letters of each weekday ("Mon" ... "Sun"), as regex source. */
export const WEEKDAY_PREFIX_PATTERN = anyWordPattern([...WEEKDAY_BY_PREFIX.keys()]);
