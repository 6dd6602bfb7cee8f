/**
 * "Last Thursday" beside "on Thursday" in one article: two Thursdays, a week apart.
 * Alone, "last Thursday" is the latest Thursday before the reference day; with this
 * week's Thursday also told of ("the bus was hit on Thursday"), it is the one before.
 */
import { isoDay, partsOf } from '../../lexicon/calendar.ts';
import type { DateCandidate, PartialExpr, Refiner } from './candidate.ts';

const DAYS_IN_WEEK = 7;

/**
 * "Last <weekday>" placed a week before the same weekday told of plainly in the article; the rest as they were.
 * @example lastWeekdayBeforeThis([onThursday, lastThursday], { reference: dayNumber(2018, 8, 10), sentences })[1] // 2018-08-02
 */
export const lastWeekdayBeforeThis: Refiner = (candidates, ctx) => {
  const ref = ctx.reference;
  if (ref === null) return [...candidates];
  const told = new Set<number>();
  for (const c of candidates) {
    const w = weekdayOf(c);
    if (w && !w.strict && w.direction === 'past') told.add(w.weekday!);
  }
  if (told.size === 0) return [...candidates];
  const refWeekday = partsOf(ref).weekday;
  return candidates.map((c): DateCandidate => {
    const w = weekdayOf(c);
    if (!w?.strict || w.direction !== 'past' || !told.has(w.weekday!) || w.weekday === refWeekday) return c;
    // This week's one is the latest on or before the reference; the "last" one a week before it.
    const day = ref - ((refWeekday - w.weekday! + DAYS_IN_WEEK) % DAYS_IN_WEEK) - DAYS_IN_WEEK;
    return { ...c, expr: { kind: 'absolute', range: { start: isoDay(day), end: isoDay(day), precision: 'day' } } };
  });
};

/** The candidate's weekday-only reading ("on Thursday", "last Thursday"), or null. */
function weekdayOf(c: DateCandidate): PartialExpr | null {
  const e = c.expr;
  return e.kind === 'partial' && e.weekday !== null && e.month === null && e.day === null ? e : null;
}
