/**
 * The charts' time axis: ISO days as UTC instants, a d3 time scale from instants to
 * pixels, and where the ticks of the overview chart and of a figures chart fall. The
 * calendar steps (days, months, years) are d3-time's UTC intervals; nothing reads the clock.
 */
import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcYear } from 'd3-time';
import { MONTH_NAMES } from '../../lexicon/calendar-words.ts';
import { maxOf, minOf } from '../../long-arrays.ts';
import { monthLabel } from '../format.ts';

/**
 * Each text's place in the order `localeCompare` sorts them, as a number: a long list is
 * sorted by number, the few texts it holds (days) once by `localeCompare`, in the same order.
 * @example textOrder(['2016-12-11', '', '2016-03-02']).get('2016-03-02') // 1
 */
export function textOrder(texts: Iterable<string>): Map<string, number> {
  const order = new Map<string, number>();
  let rank = -1;
  let last: string | null = null;
  for (const text of [...new Set(texts)].sort((a, b) => a.localeCompare(b))) {
    // Texts localeCompare holds equal share a number, as they would share a place in its sort.
    if (last === null || last.localeCompare(text) !== 0) rank++;
    order.set(text, rank);
    last = text;
  }
  return order;
}

/** A position on the time axis, in pixels, of an instant. */
export type TimeScale = (at: Date) => number;

/** 'Jan' … 'Dec', by UTC month number (0-11). */
const SHORT_MONTHS = MONTH_NAMES.map((m) => `${m[0]!.toUpperCase()}${m.slice(1, 3)}`);

/**
 * The instant an ISO day begins (UTC midnight: the ES date-only form is read as UTC).
 * @example dayStart('2016-12-11').toISOString() // '2016-12-11T00:00:00.000Z'
 */
export function dayStart(iso: string): Date {
  return new Date(iso);
}

/**
 * Pixels from `left` at `from` to `right` at `to`. d3 interpolates a range as a·(1−t) + b·t;
 * the charts have always placed marks at a + t·(b−a), and both round to tenths of a pixel, so
 * the scale keeps that form and every coordinate stays what it was, to the last digit.
 * @example timeScale(dayStart('2016-01-01'), dayStart('2016-01-11'), 0, 100)(dayStart('2016-01-02')) // 10
 */
export function timeScale(from: Date, to: Date, left: number, right: number): TimeScale {
  const scale = scaleUtc<number>()
    .domain([from, to])
    .range([left, right])
    .interpolate((a, b) => (t) => a + t * (b - a));
  return (at) => scale(at);
}

/** The month an instant falls in, as '2016-12' (a key of the timeline's months). */
export function monthKey(at: Date): string {
  return `${at.getUTCFullYear()}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** 'December 2016' for the month an instant falls in. */
export function monthName(at: Date): string {
  return monthLabel(monthKey(at));
}

/** A labelled tick of a time axis. */
export interface TimeTick {
  readonly at: Date;
  readonly label: string;
}

/**
 * Ticks of the overview chart's months `from` (a month's first day) up to `to` (exclusive):
 * every month for short spans, every quarter (of the calendar, so that a year's start is one of
 * them, and none crowds the first) for middling ones, every year (or every few) otherwise.
 * @example monthTicks(dayStart('2016-11-01'), dayStart('2017-02-01')).map((t) => t.label) // ['Nov 2016', 'Dec', 'Jan 2017']
 */
export function monthTicks(from: Date, to: Date): TimeTick[] {
  const months = utcMonth.count(from, to);
  if (months > 36) {
    const every = Math.max(1, Math.ceil(months / 12 / 10));
    return utcYear
      .every(every)!
      .range(from, to)
      .map((at) => ({ at, label: String(at.getUTCFullYear()) }));
  }
  const step = months <= 14 ? 1 : 3;
  const label = (at: Date): string => `${SHORT_MONTHS[at.getUTCMonth()]}${at.getUTCMonth() === 0 || +at === +from ? ` ${at.getUTCFullYear()}` : ''}`;
  return [from, ...utcMonth.every(step)!.range(utcMonth.offset(from, step), to)].map((at) => ({ at, label: label(at) }));
}

/**
 * The days a figures chart spans: its first and last figure's days, padded into a week when
 * they are fewer than seven days apart, so that the marks of one day sit in the middle.
 * @example paddedDays([dayStart('2016-12-11')]).map((d) => d.toISOString().slice(0, 10)) // ['2016-12-08', '2016-12-14']
 */
export function paddedDays(days: readonly Date[]): [Date, Date] {
  const first = new Date(minOf(days.map(Number)));
  const last = new Date(maxOf(days.map(Number)));
  return utcDay.count(first, last) < 6 ? [utcDay.offset(first, -3), utcDay.offset(last, 3)] : [first, last];
}

/** A tick of a figures chart's time axis, with the side of its label that sits on the tick. */
export interface DayTick extends TimeTick {
  readonly anchor: 'start' | 'middle' | 'end';
}

/**
 * A figures chart's time ticks: its first and last day with their years, and its middle day
 * (with the year only when the span crosses one) when more than twenty days lie between.
 * @example dayTicks(dayStart('2016-12-01'), dayStart('2016-12-31')).map((t) => t.label) // ['1 Dec 2016', '16 Dec', '31 Dec 2016']
 */
export function dayTicks(first: Date, last: Date): DayTick[] {
  const sameYear = first.getUTCFullYear() === last.getUTCFullYear();
  const middle = new Date((+first + +last) / 2);
  return [
    { at: first, label: dayLabel(first, true), anchor: 'start' },
    ...(utcDay.count(first, last) > 20 ? [{ at: middle, label: dayLabel(utcDay.round(middle), !sameYear), anchor: 'middle' as const }] : []),
    { at: last, label: dayLabel(last, true), anchor: 'end' },
  ];
}

/** '11 Dec 2016', or '11 Dec' without its year. */
function dayLabel(at: Date, withYear: boolean): string {
  return `${at.getUTCDate()} ${SHORT_MONTHS[at.getUTCMonth()]}${withYear ? ` ${at.getUTCFullYear()}` : ''}`;
}
