/**
 * Calendar arithmetic on whole days, once for the whole project and free of time zones:
 * a day is its ISO string `YYYY-MM-DD` at the edges and a day number (days since
 * 1970-01-01) inside. What the calendar itself knows (which days exist, how long a month
 * is) comes from date-fns, asked with local dates read back locally, so no zone enters.
 * Turning day numbers into calendar parts and back runs in the inner loops of extraction
 * and linking; that is whole-number arithmetic here (proleptic Gregorian, as Date
 * counts), so no Date is made per day. Every function is pure; nothing reads the clock.
 */
import { getDaysInMonth } from 'date-fns/getDaysInMonth';
import { isExists } from 'date-fns/isExists';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAYS_PER_ERA = 146097;
/** Days from 0000-03-01 (the start of the arithmetic's year) to 1970-01-01. */
const EPOCH_SHIFT = 719468;
/** Day numbers of 0000-01-01 and 9999-12-31: the years ISO strings write with four digits. */
const FIRST_FOUR_DIGIT_DAY = -719528;
const LAST_FOUR_DIGIT_DAY = 2932896;
/** 1970-01-01 was a Thursday. */
const EPOCH_WEEKDAY = 4;
const CHAR_0 = 48;
const DASH = 45;

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday ... 6 = Saturday */
  readonly weekday: number;
}

/**
 * Days since 1970-01-01 of a calendar day (month 1-12; out-of-range months and days roll over).
 * @example dayNumber(1970, 1, 2) // 1
 */
export function dayNumber(year: number, month: number, day: number): number {
  const carry = Math.floor((month - 1) / 12);
  const m = month - 12 * carry;
  // The arithmetic's year starts on 1 March, so that the leap day ends it.
  const y = year + carry - (m <= 2 ? 1 : 0);
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * DAYS_PER_ERA + doe - EPOCH_SHIFT;
}

/**
 * The year, month, day and weekday of a day number.
 * @example partsOf(dayNumber(2016, 12, 11)).weekday // 0 (a Sunday)
 */
export function partsOf(n: number): CalendarDay {
  const packed = civil(n);
  const monthDay = ((packed % 10_000) + 10_000) % 10_000;
  return { year: (packed - monthDay) / 10_000, month: Math.floor(monthDay / 100), day: monthDay % 100, weekday: (((n + EPOCH_WEEKDAY) % 7) + 7) % 7 };
}

/**
 * The ISO string of a day number (years outside 0-9999 as Date writes them).
 * @example isoDay(dayNumber(2016, 12, 11)) // '2016-12-11'
 */
export function isoDay(n: number): string {
  if (!Number.isInteger(n) || n < FIRST_FOUR_DIGIT_DAY || n > LAST_FOUR_DIGIT_DAY) return new Date(n * 864e5).toISOString().slice(0, 10);
  // Written from the packed digits YYYYMMDD: no object per day on this hot path.
  const packed = String(civil(n)).padStart(8, '0');
  return `${packed.slice(0, 4)}-${packed.slice(4, 6)}-${packed.slice(6)}`;
}

/**
 * Days since 1970-01-01 of an ISO day, read without asking whether the day exists (NaN when
 * the text is not `YYYY-MM-DD`): the hot path of linking, which reads only days it wrote.
 * @example isoDayNumber('1970-01-02') // 1
 */
export function isoDayNumber(iso: string): number {
  if (iso.length !== 10 || iso.charCodeAt(4) !== DASH || iso.charCodeAt(7) !== DASH) return Number.NaN;
  const y = digitAt(iso, 0) * 1000 + digitAt(iso, 1) * 100 + digitAt(iso, 2) * 10 + digitAt(iso, 3);
  return dayNumber(y, digitAt(iso, 5) * 10 + digitAt(iso, 6), digitAt(iso, 8) * 10 + digitAt(iso, 9));
}

/**
 * The day number of an ISO day, or null when the text is not one or the day does not exist.
 * @example parseIsoDay('2016-02-30') // null
 */
export function parseIsoDay(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDay(y, mo, d) ? dayNumber(y, mo, d) : null;
}

/**
 * Is the text an ISO day that exists? (`Date.parse` alone accepts 2016-02-30.)
 * @example isCalendarDay('2016-02-29') // true
 */
export function isCalendarDay(text: string): boolean {
  return parseIsoDay(text) !== null;
}

/**
 * Is the day a real calendar day (no roll-over)?
 * @example isRealDay(2017, 2, 29) // false
 */
export function isRealDay(year: number, month: number, day: number): boolean {
  return isExists(year, month - 1, day);
}

/**
 * Number of days in a month (month 1-12).
 * @example daysInMonth(2016, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(new Date(year, month - 1, 1));
}

/**
 * The ISO day a number of days after (or, negative, before) another; text that is no day stays as it was.
 * @example shiftDays('2016-12-11', -7) // '2016-12-04'
 */
export function shiftDays(iso: string, days: number): string {
  const n = parseIsoDay(iso);
  return n === null ? iso : isoDay(n + days);
}

/**
 * Whole days from one ISO day to another.
 * @example daysBetween('2016-12-10', '2016-12-11') // 1
 */
export function daysBetween(from: string, to: string): number {
  return isoDayNumber(to) - isoDayNumber(from);
}

/**
 * First and last day numbers of a month; months outside 1-12 roll into the next or previous year.
 * @example monthSpan(2016, 2).map(isoDay) // ['2016-02-01', '2016-02-29']
 */
export function monthSpan(year: number, month: number): [number, number] {
  const first = dayNumber(year, month, 1);
  const { year: y, month: m } = partsOf(first);
  return [first, dayNumber(y, m, daysInMonth(y, m))];
}

/**
 * First and last day numbers of a year.
 * @example yearSpan(2016).map(isoDay) // ['2016-01-01', '2016-12-31']
 */
export function yearSpan(year: number): [number, number] {
  return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
}

/**
 * The calendar day of a day number, packed as the number YYYYMMDD (year * 10000 + month * 100 + day):
 * days to civil date, proleptic Gregorian, as Date counts (H. Hinnant's algorithm).
 */
function civil(n: number): number {
  const z = n + EPOCH_SHIFT;
  const era = Math.floor(z / DAYS_PER_ERA);
  const doe = z - era * DAYS_PER_ERA;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 10_000 + month * 100 + day;
}

/** The ASCII digit at text[i] as a number (NaN when it is not a digit, so that the whole reading is NaN). */
function digitAt(text: string, i: number): number {
  const d = text.charCodeAt(i) - CHAR_0;
  return d >= 0 && d <= 9 ? d : Number.NaN;
}
