/**
 * Parts of a month or a year, for "early March", "mid-2016", "late last year".
 * A month falls in thirds of ten days; a year in thirds of four months, which the
 * model calls a season.
 */
import { dayNumber, monthSpan } from '../../lexicon/calendar.ts';
import type { PeriodPart } from './candidate.ts';

/**
 * Days 1-10, 11-20 or 21-end of the month that runs from `first` to `last` (day numbers).
 * @example partOfMonth(...monthSpan(2017, 3), 'late') // day numbers of 21 and 31 March 2017
 */
export function partOfMonth(first: number, last: number, part: PeriodPart): [number, number] {
  if (part === 'early') return [first, first + 9];
  if (part === 'mid') return [first + 10, first + 19];
  return [first + 20, last];
}

/**
 * January-April, May-August or September-December of a year (day numbers).
 * @example partOfYear(2016, 'late') // day numbers of 1 September and 31 December 2016
 */
export function partOfYear(year: number, part: PeriodPart): [number, number] {
  if (part === 'early') return [dayNumber(year, 1, 1), monthSpan(year, 4)[1]];
  if (part === 'mid') return [dayNumber(year, 5, 1), monthSpan(year, 8)[1]];
  return [dayNumber(year, 9, 1), dayNumber(year, 12, 31)];
}
