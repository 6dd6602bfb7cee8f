/**
 * Places what needs the reference date on the calendar. News is written in the
 * past tense, so a weekday, a day without a year or a month without a year is the
 * latest one on or before the reference ("on Sunday", "in March" in a December
 * article is the March before); only a future cue ("will", "next") points
 * forward. Relative stretches that run up to the reference end at it. Without a
 * reference these candidates are dropped: nothing reads the clock.
 */
import type { DateRange, Precision } from '../../model/types.ts';
import { dayNumber, isRealDay, isoDay, monthSpan, partsOf, yearSpan } from '../../lexicon/calendar.ts';
import type { DateCandidate, FromReferenceExpr, PartialExpr, Refiner } from './candidate.ts';
import { partOfMonth, partOfYear } from './periods.ts';

/**
 * Every partial or reference-relative candidate resolved against `ctx.reference`.
 * @example resolveAgainstReference([onSunday], { reference: dayNumber(2016, 12, 11), sentences }) // 11 Dec 2016
 */
export const resolveAgainstReference: Refiner = (candidates, ctx) => {
  const out: DateCandidate[] = [];
  for (const c of candidates) {
    if (c.expr.kind !== 'partial' && c.expr.kind !== 'from-reference') {
      out.push(c);
      continue;
    }
    if (ctx.reference === null) continue;
    const range = c.expr.kind === 'partial' ? placePartial(c.expr, ctx.reference) : placeStretch(c.expr, ctx.reference);
    if (range) out.push({ ...c, expr: { kind: 'absolute', range } });
  }
  return out;
};

function placePartial(p: PartialExpr, ref: number): DateRange | null {
  const r = partsOf(ref);
  if (p.month === null) {
    if (p.weekday === null) return null;
    // "last Friday" on a Friday is a week ago, "next Monday" on a Monday a week ahead.
    const day =
      p.direction === 'future' ? ref + ((p.weekday - r.weekday + 7) % 7 || (p.strict ? 7 : 0)) : ref - ((r.weekday - p.weekday + 7) % 7 || (p.strict ? 7 : 0));
    return range(day, day, 'day');
  }
  const year = yearFor(p, r.year, ref);
  if (p.day !== null) {
    if (!isRealDay(year, p.month, p.day)) return null;
    const first = dayNumber(year, p.month, p.day);
    if (!p.end) return range(first, first, 'day');
    const endYear = p.end.month < p.month ? year + 1 : year;
    const last = p.end.day !== null ? dayNumber(endYear, p.end.month, p.end.day) : monthSpan(endYear, p.end.month)[1];
    return last >= first ? clip(range(first, last, 'days'), ref, p.direction) : null;
  }
  const [first, last] = monthSpan(year, p.month);
  if (p.end) {
    const endYear = p.end.month < p.month ? year + 1 : year;
    return clip(range(first, monthSpan(endYear, p.end.month)[1], 'month'), ref, p.direction);
  }
  if (p.part) {
    const [a, b] = partOfMonth(first, last, p.part);
    return clip(range(a, b, 'days'), ref, p.direction);
  }
  return clip(range(first, last, 'month'), ref, p.direction);
}

/** How many days after the page's day a day without its year is still taken as of the page's year. */
const DAYS_JUST_AFTER = 3;

/** The year that puts a yearless day or month on the right side of the reference. */
function yearFor(p: PartialExpr, refYear: number, ref: number): number {
  if (p.yearOffset !== null) return refYear + p.yearOffset;
  const month = p.month ?? 1;
  const startThisYear = p.day !== null && isRealDay(refYear, month, p.day) ? dayNumber(refYear, month, p.day) : monthSpan(refYear, month)[0];
  if (p.direction === 'future') {
    const endThisYear = p.day !== null ? startThisYear : monthSpan(refYear, month)[1];
    return endThisYear < ref ? refYear + 1 : refYear;
  }
  // A day just after the page's own ("TEL AVIV, July 28" on a page of July 27: another time zone, or what is
  // planned) is of its year; one further ahead is of the year before.
  if (startThisYear > ref && !(p.day !== null && startThisYear - ref <= DAYS_JUST_AFTER)) return refYear - 1;
  // "last August" in an August article is the August before.
  if (p.strict && p.day === null && month === partsOf(ref).month) return refYear - 1;
  return refYear;
}

function placeStretch(s: FromReferenceExpr, ref: number): DateRange | null {
  const r = partsOf(ref);
  if (s.unit === 'day') return range(ref + s.from, ref + s.to, s.precision);
  if (s.unit === 'week') {
    // Past weeks: from the earliest start any reading gives (seven days back, or the week
    // before begun on a Sunday or a Monday) to the day before the reference.
    const intoWeek = Math.max(r.weekday, (r.weekday + 6) % 7);
    return range(ref + 7 * s.from - intoWeek, ref + 7 * (s.to + 1) - 1, s.precision);
  }
  if (s.unit === 'month') {
    const first = monthSpan(r.year, r.month + s.from)[0];
    const last = monthSpan(r.year, r.month + s.to)[1];
    const [a, b] = s.part && s.from === s.to ? partOfMonth(first, last, s.part) : [first, last];
    return clip(range(a, b, s.precision), ref, s.from > 0 ? 'future' : 'past');
  }
  const [first, last] = s.part && s.from === s.to ? partOfYear(r.year + s.from, s.part) : [yearSpan(r.year + s.from)[0], yearSpan(r.year + s.to)[1]];
  return clip(range(first, last, s.precision), ref, s.from > 0 ? 'future' : 'past');
}

/** A past stretch that runs over the reference ends at it ("this year", "in December" in a December article). */
function clip(r: DateRange, ref: number, direction: PartialExpr['direction']): DateRange {
  if (direction === 'future') return r;
  const refIso = isoDay(ref);
  if (r.start > refIso || r.end <= refIso) return r;
  return { ...r, end: refIso };
}

function range(first: number, last: number, precision: Precision): DateRange {
  return { start: isoDay(first), end: isoDay(last), precision };
}
