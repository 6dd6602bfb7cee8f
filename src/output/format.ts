// Its own entry files: the package index loads all of date-fns (about 0.2 s at every build's start under tsx).
import { format } from 'date-fns/format';
import { parseISO } from 'date-fns/parseISO';
import type { DateRange } from '../model/types.ts';

const day = (iso: string): Date => parseISO(iso);

/** The parts of a date pattern this file writes: day of month, short and long month name, year. */
type DatePart = 'd' | 'MMM' | 'MMMM' | 'yyyy';
const MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO_DAY = /^([1-9]\d{3})-(\d{2})-(\d{2})$/;

/**
 * An ISO day written in a pattern of space-separated parts ('d MMM yyyy'), as date-fns's `format`
 * writes it, read from the day's text: date-fns took most of the time of a new build's dates.
 * A text that is not a day of the calendar is left to date-fns (which throws on it, as before).
 */
function formatDate(iso: string, pattern: string): string {
  const m = ISO_DAY.exec(iso);
  const month = m ? Number(m[2]) : 0;
  const date = m ? Number(m[3]) : 0;
  const year = m?.[1];
  if (year === undefined || month < 1 || month > 12 || date < 1 || date > new Date(Date.UTC(Number(year), month, 0)).getUTCDate())
    return format(day(iso), pattern);
  const part = (p: DatePart): string =>
    p === 'd' ? String(date) : p === 'yyyy' ? year : p === 'MMM' ? MONTHS_LONG[month - 1]!.slice(0, 3) : MONTHS_LONG[month - 1]!;
  return pattern
    .split(' ')
    .map((p) => part(p as DatePart))
    .join(' ');
}

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
  const s = r.start;
  const e = r.end;
  switch (r.precision) {
    case 'year':
      return r.start.slice(0, 4) === r.end.slice(0, 4) ? formatDate(s, 'yyyy') : `${formatDate(s, 'yyyy')}–${formatDate(e, 'yyyy')}`;
    case 'season':
    case 'month':
      if (r.start.slice(0, 7) === r.end.slice(0, 7)) return formatDate(s, 'MMMM yyyy');
      return r.start.slice(0, 4) === r.end.slice(0, 4)
        ? `${formatDate(s, 'MMM')}–${formatDate(e, 'MMM yyyy')}`
        : `${formatDate(s, 'MMM yyyy')}–${formatDate(e, 'MMM yyyy')}`;
    default:
      if (r.start === r.end) return formatDate(s, 'd MMM yyyy');
      if (r.start.slice(0, 7) === r.end.slice(0, 7)) return `${formatDate(s, 'd')}–${formatDate(e, 'd MMM yyyy')}`;
      if (r.start.slice(0, 4) === r.end.slice(0, 4)) return `${formatDate(s, 'd MMM')} – ${formatDate(e, 'd MMM yyyy')}`;
      return `${formatDate(s, 'd MMM yyyy')} – ${formatDate(e, 'd MMM yyyy')}`;
  }
}

/** A single ISO day for readers. @example formatDay('2016-12-11') // '11 Dec 2016' */
export function formatDay(iso: string | null): string {
  if (!iso) return 'date unknown';
  let text = dayTexts.get(iso);
  if (text === undefined) {
    text = formatDate(iso, 'd MMM yyyy');
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
  return formatDate(`${yyyyMm}-01`, 'MMMM yyyy');
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
