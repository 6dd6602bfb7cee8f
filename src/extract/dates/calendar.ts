/**
 * Calendar arithmetic on whole days, free of time zones: a day is its ISO string
 * `YYYY-MM-DD` at the edges and a day number (days since 1970-01-01, UTC) inside.
 * Every function is pure; nothing reads the clock.
 */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 864e5;
/** Day numbers of 0000-01-01 and 9999-12-31: the years ISO strings write with four digits. */
const FIRST_FOUR_DIGIT_DAY = -719528;
const LAST_FOUR_DIGIT_DAY = 2932896;

/** Days since 1970-01-01 of a calendar day (month 1-12; out-of-range days roll over). */
export function dayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/**
 * The day number of an ISO day, or null when the text is not one.
 * @example parseIsoDay('1970-01-02') // 1
 */
export function parseIsoDay(iso: string): number | null {
  const m = ISO_DAY.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return dayNumber(y, mo, d);
}

/**
 * The ISO string of a day number.
 * @example isoDay(dayNumber(2016, 12, 11)) // '2016-12-11'
 */
export function isoDay(n: number): string {
  // Years 0-9999 by arithmetic (days to civil date, proleptic Gregorian, as Date counts);
  // anything else, as Date writes it.
  if (!Number.isInteger(n) || n < FIRST_FOUR_DIGIT_DAY || n > LAST_FOUR_DIGIT_DAY) return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * The ISO day a number of days after (or, negative, before) another.
 * @example shiftDays('2016-12-11', -7) // '2016-12-04'
 */
export function shiftDays(iso: string, days: number): string {
  const n = parseIsoDay(iso);
  return n === null ? iso : isoDay(n + days);
}

export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** 0 = Sunday ... 6 = Saturday */
  readonly weekday: number;
}

/**
 * The year, month, day and weekday of a day number.
 * @example partsOf(dayNumber(2016, 12, 11)).weekday // 0 (a Sunday)
 */
export function partsOf(n: number): CalendarDay {
  const d = new Date(n * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), weekday: d.getUTCDay() };
}

/**
 * Number of days in a month (month 1-12).
 * @example daysInMonth(2016, 2) // 29
 */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** First and last day numbers of a month; months outside 1-12 roll into the next or previous year. */
export function monthSpan(year: number, month: number): [number, number] {
  const first = dayNumber(year, month, 1);
  const { year: y, month: m } = partsOf(first);
  return [first, dayNumber(y, m, daysInMonth(y, m))];
}

/** First and last day numbers of a year. */
export function yearSpan(year: number): [number, number] {
  return [dayNumber(year, 1, 1), dayNumber(year, 12, 31)];
}

/** Is the day a real calendar day (no roll-over)? */
export function isRealDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
