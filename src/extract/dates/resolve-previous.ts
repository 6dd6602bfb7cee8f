/**
 * Places phrases that count from the date mentioned before them ("A day earlier",
 * "the next day", "late that year"), in text order, so that a chain of them
 * follows the story. With no earlier mention they count from the reference date.
 */
import type { DateRange } from '../../model/types.ts';
import { isoDay, monthSpan, parseIsoDay, partsOf, yearSpan } from '../../lexicon/calendar.ts';
import type { DateCandidate, DatesContext, FromPreviousExpr, Refiner } from './candidate.ts';
import { namesHappening } from './named-happening.ts';
import { partOfMonth, partOfYear } from './periods.ts';

/** Phrases that relate some event to a date: "two days after", "a year before". */
const AFTER_OR_BEFORE = /\b(?:after|before)$/i;
/** Only a comma or a few spaces between a date and the phrase. */
const APPOSITION_GAP = /^[\s,]{0,3}$/;

/**
 * Every previous-relative candidate placed after the date mention before it.
 * @example resolveAgainstPrevious([onFriday, aDayEarlier], ctx) // a day earlier = the Thursday
 */
export const resolveAgainstPrevious: Refiner = (candidates, ctx) => {
  const out: DateCandidate[] = [];
  const reference: DateRange | null = ctx.reference !== null ? { start: isoDay(ctx.reference), end: isoDay(ctx.reference), precision: 'day' } : null;
  let previous: DateRange | null = null;
  // "A day earlier" after "since 2011" still means a day before the last dated day.
  let previousDay: DateRange | null = null;
  let before: DateCandidate | null = null;
  for (const c of candidates) {
    let range: DateRange | null = null;
    const apposition = before !== null && describesBefore(c, before, ctx.sentences);
    before = c;
    if (c.expr.kind === 'absolute') range = c.expr.range;
    else if (c.expr.kind === 'from-previous' && !apposition) {
      const dayUnit = c.expr.unit === 'day' || c.expr.unit === 'week';
      const anchor: DateRange | null = (dayUnit ? previousDay : null) ?? previous ?? reference;
      range = anchor ? shift(anchor, c.expr) : null;
      // A shift past the publication date counts from an event the text does not date ("a day after the talks").
      if (range && reference && range.start > reference.end) range = null;
    }
    if (!range) continue;
    // "one of the leaders of the October 7 massacre. ... later in the day": a date naming a happening
    // labels it; the story's next phrase counts from the story's own day.
    const sentence = ctx.sentences[c.sentence];
    if (c.expr.kind === 'absolute' && sentence && namesHappening(sentence, c.span)) {
      out.push(c);
      continue;
    }
    previous = range;
    if (range.precision === 'day' || range.precision === 'days') previousDay = range;
    out.push(c.expr.kind === 'absolute' ? c : { ...c, expr: { kind: 'absolute', range } });
  }
  return out;
};

/**
 * "on Monday, two days after the ceasefire": the phrase right after a date
 * dates something else (the ceasefire) from it, so it is no new mention.
 */
function describesBefore(c: DateCandidate, before: DateCandidate, sentences: DatesContext['sentences']): boolean {
  if (before.sentence !== c.sentence || !AFTER_OR_BEFORE.test(c.text)) return false;
  const sentence = sentences[c.sentence];
  if (!sentence) return false;
  const gap = sentence.text.slice(before.span[1] - sentence.span[0], c.span[0] - sentence.span[0]);
  return APPOSITION_GAP.test(gap);
}

function shift(anchor: DateRange, p: FromPreviousExpr): DateRange | null {
  const start = parseIsoDay(anchor.start);
  const end = parseIsoDay(anchor.end);
  if (start === null || end === null) return null;
  if (p.unit === 'day' || p.unit === 'week') {
    const k = p.unit === 'week' ? 7 : 1;
    return { start: isoDay(start + k * p.offset), end: isoDay(end + k * p.offset), precision: anchor.precision };
  }
  const s = partsOf(start);
  if (p.unit === 'month') {
    const [first, last] = monthSpan(s.year, s.month + p.offset);
    const [a, b] = p.part ? partOfMonth(first, last, p.part) : [first, last];
    return { start: isoDay(a), end: isoDay(b), precision: p.part ? 'days' : 'month' };
  }
  const [a, b] = p.part ? partOfYear(s.year + p.offset, p.part) : yearSpan(s.year + p.offset);
  return { start: isoDay(a), end: isoDay(b), precision: p.part ? 'season' : 'year' };
}
