/**
 * A weekday tied to a named week: "Thursday's meeting next week", "on Monday last
 * week", "Friday's vote this week". The week decides which Thursday it is, not the
 * past-tense rule: "next week" is the Monday-to-Sunday week after the reference's.
 */
import { isoDay, partsOf } from '../../lexicon/calendar.ts';
import { WEEKDAY_PATTERN, weekdayNumber } from '../../lexicon/calendar-words.ts';
import type { DateCandidate, Refiner } from './candidate.ts';

/** Read only a short stretch after the weekday: the week must belong to its own phrase. */
const AFTER_REACH = 32;
/** "'s meeting next week", " last week", " of the following week": no clause break in between. */
const NAMED_WEEK = /^(?:['’]s)?(?:\s+(?:of\s+)?[A-Za-z-]+){0,2}?\s+(next|last|this|the following|the previous|the coming)\s+week\b/i;
const SHIFT: Readonly<Record<string, number>> = { next: 7, 'the following': 7, 'the coming': 7, last: -7, 'the previous': -7, this: 0 };
const DAYS_IN_WEEK = 7;
const WEEKDAY_OPENING = new RegExp(`^${WEEKDAY_PATTERN}`, 'i');

/**
 * Weekdays with a named week after them, placed in that week of the reference; the rest as they were.
 * @example weekdayOfNamedWeek([thursdayIn("Thursday's meeting next week")], { reference: dayNumber(2016, 12, 11), sentences })[0] // 2016-12-15
 */
export const weekdayOfNamedWeek: Refiner = (candidates, ctx) => {
  const ref = ctx.reference;
  if (ref === null) return [...candidates];
  return candidates.map((c): DateCandidate => {
    const weekday = weekdayOf(c);
    if (weekday === null) return c;
    const sentence = ctx.sentences[c.sentence];
    // The week may follow the weekday ("Thursday's meeting next week"), or chrono may have
    // read the two as one ("Monday last week") and placed it in the reference's own week.
    const name = WEEKDAY_OPENING.exec(c.text)?.[0] ?? '';
    const shift = weekAfter(c.text, name.length) ?? (sentence ? weekAfter(sentence.text, c.span[1] - sentence.span[0]) : null);
    if (shift === null) return c;
    // Weeks run Monday to Sunday, as news calendars count them.
    const monday = ref - ((partsOf(ref).weekday + DAYS_IN_WEEK - 1) % DAYS_IN_WEEK) + shift;
    const day = monday + ((weekday + DAYS_IN_WEEK - 1) % DAYS_IN_WEEK);
    return { ...c, expr: { kind: 'absolute', range: { start: isoDay(day), end: isoDay(day), precision: 'day' } } };
  });
};

/** The weekday a candidate names alone (no month or day of the month), or null. */
function weekdayOf(c: DateCandidate): number | null {
  const e = c.expr;
  if (e.kind === 'partial') return e.weekday !== null && e.month === null ? e.weekday : null;
  if (!c.relative || c.stated.includes('day') || c.stated.includes('month')) return null;
  const name = WEEKDAY_OPENING.exec(c.text)?.[0];
  return name ? weekdayNumber(name) : null;
}

/**
 * The week named just after a weekday that ends at `at` in `text`, as days from the
 * reference's week (7 = next week, -7 = last week, 0 = this week), or null.
 * @example weekAfter("Thursday's meeting next week", 8) // 7
 */
export function weekAfter(text: string, at: number): number | null {
  const m = NAMED_WEEK.exec(text.slice(at, at + AFTER_REACH));
  return (m && SHIFT[(m[1] ?? '').toLowerCase()]) ?? null;
}
