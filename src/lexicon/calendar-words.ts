/**
 * The English calendar words, once: every rule that must know a weekday or a month name
 * (dates, publication lines, places that are not the name of a month) builds on these.
 */

/** Weekday names, Monday first, lower case. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Month names, January first, lower case. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;

/** A month's number by the first three letters of its name ("sep" for "Sept." and "September"). */
const MONTH_BY_PREFIX: ReadonlyMap<string, number> = new Map(MONTH_NAMES.map((name, i) => [name.slice(0, 3), i + 1]));

/**
 * Month number (1-12) of a month name or abbreviation, or null.
 * @example monthNumber('Sept.') // 9
 */
export function monthNumber(name: string): number | null {
  return MONTH_BY_PREFIX.get(name.slice(0, 3).toLowerCase()) ?? null;
}
