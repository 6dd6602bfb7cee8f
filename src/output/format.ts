// Its own entry files: the package index loads all of date-fns (about 0.2 s at every build's start under tsx).
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { DateRange } from '../model/types.ts';

const day = (iso: string): Date => parseISO(iso);

/**
 * A date range as a reader should see it, at its true precision.
 * @example formatRange({ start: '2016-12-11', end: '2016-12-11', precision: 'day' }) // '11 Dec 2016'
 * @example formatRange({ start: '2016-12-10', end: '2016-12-11', precision: 'days' }) // '10–11 Dec 2016'
 * @example formatRange({ start: '2016-03-01', end: '2016-03-31', precision: 'month' }) // 'March 2016'
 */
export function formatRange(r: DateRange): string {
  const key = `${r.start}|${r.end}|${r.precision}`;
  let text = rangeTexts.get(key);
  if (text === undefined) {
    text = rangeText(r);
    rangeTexts.set(key, text);
  }
  return text;
}

/** Pages show the same few thousand days and ranges many times over: each is formatted once. */
const rangeTexts = new Map<string, string>();
const dayTexts = new Map<string, string>();

function rangeText(r: DateRange): string {
  const s = day(r.start);
  const e = day(r.end);
  switch (r.precision) {
    case 'year':
      return r.start.slice(0, 4) === r.end.slice(0, 4) ? format(s, 'yyyy') : `${format(s, 'yyyy')}–${format(e, 'yyyy')}`;
    case 'season':
    case 'month':
      if (r.start.slice(0, 7) === r.end.slice(0, 7)) return format(s, 'MMMM yyyy');
      return r.start.slice(0, 4) === r.end.slice(0, 4) ? `${format(s, 'MMM')}–${format(e, 'MMM yyyy')}` : `${format(s, 'MMM yyyy')}–${format(e, 'MMM yyyy')}`;
    default:
      if (r.start === r.end) return format(s, 'd MMM yyyy');
      if (r.start.slice(0, 7) === r.end.slice(0, 7)) return `${format(s, 'd')}–${format(e, 'd MMM yyyy')}`;
      if (r.start.slice(0, 4) === r.end.slice(0, 4)) return `${format(s, 'd MMM')} – ${format(e, 'd MMM yyyy')}`;
      return `${format(s, 'd MMM yyyy')} – ${format(e, 'd MMM yyyy')}`;
  }
}

/** A single ISO day for readers. @example formatDay('2016-12-11') // '11 Dec 2016' */
export function formatDay(iso: string | null): string {
  if (!iso) return 'date unknown';
  let text = dayTexts.get(iso);
  if (text === undefined) {
    text = format(day(iso), 'd MMM yyyy');
    dayTexts.set(iso, text);
  }
  return text;
}

/** The `datetime` attribute of a `<time>` for a range: a day, a month, or a year. */
export function datetimeOf(r: DateRange): string {
  if (r.precision === 'year') return r.start.slice(0, 4);
  if ((r.precision === 'month' || r.precision === 'season') && r.start.slice(0, 7) === r.end.slice(0, 7)) return r.start.slice(0, 7);
  return r.start;
}

/** Month heading for the timeline. @example monthLabel('2016-12') // 'December 2016' */
export function monthLabel(yyyyMm: string): string {
  return format(day(`${yyyyMm}-01`), 'MMMM yyyy');
}

const QUALIFIER_WORDS: Readonly<Record<string, string>> = {
  exact: '',
  'more-than': 'more than ',
  'at-least': 'at least ',
  about: 'about ',
  'up-to': 'up to ',
  'fewer-than': 'fewer than ',
};

/**
 * A figure for readers: qualifier, value with separators, or the vague word.
 * @example formatFigure({ value: 300, qualifier: 'more-than', vague: null }) // 'more than 300'
 */
export function formatFigure(c: { value: number | null; qualifier: string; vague: string | null }): string {
  if (c.value === null) return c.vague ?? 'unstated';
  return `${QUALIFIER_WORDS[c.qualifier] ?? ''}${c.value.toLocaleString('en-GB')}`;
}
