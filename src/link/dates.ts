import { daysBetween, isoDayNumber } from '../lexicon/calendar.ts';
import type { DateRange, Precision } from '../model/types.ts';

const RANK: Readonly<Record<Precision, number>> = { day: 0, days: 1, month: 2, season: 3, year: 4 };

/** Days in an inclusive range. @example widthDays({ start: '2016-12-10', end: '2016-12-11', precision: 'days' }) // 2 */
export function widthDays(r: DateRange): number {
  return daysBetween(r.start, r.end) + 1;
}

/** Days between two ranges: 0 when they overlap, 1 when adjacent. */
export function gapDays(a: DateRange, b: DateRange): number {
  return gapDaysOf(a, daysOf(a), b, daysOf(b));
}

/** True when `outer` contains `inner`. */
export function contains(outer: DateRange, inner: DateRange): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/** The finer of two precisions. */
export function finer(a: Precision, b: Precision): Precision {
  return RANK[a] <= RANK[b] ? a : b;
}

export function isFine(r: DateRange): boolean {
  return RANK[r.precision] <= RANK.days;
}

/** The smallest range covering both, at day precision when both are fine. */
export function union(a: DateRange, b: DateRange): DateRange {
  // biome-ignore lint/complexity/useMathMinMax: ISO days compare as text, not as numbers
  const start = a.start < b.start ? a.start : b.start;
  // biome-ignore lint/complexity/useMathMinMax: as above
  const end = a.end > b.end ? a.end : b.end;
  const precision: Precision = isFine(a) && isFine(b) ? (start === end ? 'day' : 'days') : RANK[a.precision] >= RANK[b.precision] ? a.precision : b.precision;
  return { start, end, precision };
}

/** A range's first and last day numbers, read once where a range is compared many times. */
export interface DayNumbers {
  readonly start: number;
  readonly end: number;
}

/** The day numbers of a range's first and last days. @example daysOf(range).end - daysOf(range).start // 1 */
export function daysOf(r: DateRange): DayNumbers {
  return { start: isoDayNumber(r.start), end: isoDayNumber(r.end) };
}

/**
 * gapDays(a, b), from day numbers read before (`an`, `bn`: daysOf(a), daysOf(b)).
 * @example gapDaysOf(a, daysOf(a), b, daysOf(b)) === gapDays(a, b) // true
 */
export function gapDaysOf(a: DateRange, an: DayNumbers, b: DateRange, bn: DayNumbers): number {
  if (a.start <= b.end && b.start <= a.end) return 0;
  return a.end < b.start ? bn.start - an.end : an.start - bn.end;
}

/**
 * widthDays(union(a, b)), from day numbers read before (`an`, `bn`: daysOf(a), daysOf(b)), with no range made.
 * @example unionWidthDays(a, daysOf(a), b, daysOf(b)) === widthDays(union(a, b)) // true
 */
export function unionWidthDays(a: DateRange, an: DayNumbers, b: DateRange, bn: DayNumbers): number {
  const start = a.start < b.start ? an.start : bn.start;
  const end = a.end > b.end ? an.end : bn.end;
  return end - start + 1;
}
