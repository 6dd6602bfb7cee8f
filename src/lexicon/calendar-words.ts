/**
 * The English calendar words, once: every rule that must know a weekday or a month name
 * (dates, publication lines, places that are not the name of a month) builds on these.
 */

/** Weekday names, Monday first, lower case. */
export const WEEKDAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

/** Month names, January first, lower case. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
