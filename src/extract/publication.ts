/**
 * Reasons out a publication date when the page states none. News tells of the
 * last few days in the past tense, so the publication date is on or after the
 * latest day the text states whole (the anchor), and the weekdays it names
 * ("released the toll on Friday", "Reports on Saturday said") fall in the days
 * up to it. A dateline without a year ("MOSCOW, March 3 /TASS/") gives the day
 * itself, with the year taken from the anchor.
 */
import type { DateMention, Sentence } from '../model.ts';
import { dayNumber, isRealDay, isoDay, parseIsoDay, partsOf } from './dates/calendar.ts';
import { MONTH_NAME_SOURCE, WEEKDAY_NAME_SOURCE, directionBefore, monthNumber, weekdayNumber } from './dates/words.ts';

export interface InferredPublication {
  readonly date: string;
  readonly evidence: string;
}

/** A weekday named on its own: "on Friday", "Saturday's blast", "late on Wednesday". */
const WEEKDAY = new RegExp(`\\b${WEEKDAY_NAME_SOURCE}\\b`, 'g');
/** Words before a weekday that point forward or away from the days up to publication. */
const NOT_PAST_BEFORE = /\b(?:next|coming|following|every|each)\s+$/i;
/** "MOSCOW, March 3. /TASS/.", "BEIRUT, Lebanon, Dec. 10 (AP) -": a dateline opening the body. */
const DATELINE = new RegExp(`^[A-Z][A-Z .'-]{1,30},(?:\\s+[A-Z][a-z]+,)?\\s+(${MONTH_NAME_SOURCE})\\.?\\s+(\\d{1,2})\\b`);
const DAYS_IN_WEEK = 7;

/**
 * The publication date the text lets us reason out, or null.
 * @example inferPublication(sentences, dates) // { date: '2017-03-04', evidence: 'after "March 2, 2017", the latest day named is Saturday' }
 */
export function inferPublication(sentences: readonly Sentence[], dates: readonly DateMention[]): InferredPublication | null {
  const anchor = latestStatedDay(dates);
  const dateline = datelineDay(sentences[0], anchor?.day ?? null, dates);
  if (dateline) return dateline;
  if (!anchor) return null;

  const named = pastWeekdays(sentences, dates);
  const offsets = named.map((w) => (w.weekday - partsOf(anchor.day).weekday + DAYS_IN_WEEK) % DAYS_IN_WEEK);
  const last = lastOfShortestStretch(offsets);
  const day = anchor.day + last;
  const latestName = named.find((_, i) => offsets[i] === last);
  return {
    date: isoDay(day),
    evidence: last > 0 && latestName
      ? `after "${anchor.text}", the latest day named is ${latestName.name}`
      : `latest day stated: "${anchor.text}"`,
  };
}

interface Anchor {
  readonly day: number;
  readonly text: string;
}

/**
 * The latest day written whole (day, month and year) in the text; null when a
 * later stated month or year shows the text runs past it, so it is no anchor.
 */
function latestStatedDay(dates: readonly DateMention[]): Anchor | null {
  let best: Anchor | null = null;
  let latestStart: number | null = null;
  for (const d of dates) {
    if (d.relative || !d.stated.includes('year')) continue;
    const start = parseIsoDay(d.range.start);
    const end = parseIsoDay(d.range.end);
    if (start === null || end === null) continue;
    if (latestStart === null || start > latestStart) latestStart = start;
    if (d.stated.includes('day') && (best === null || end > best.day)) best = { day: end, text: d.text };
  }
  if (best && latestStart !== null && latestStart > best.day) return null;
  return best;
}

interface NamedWeekday {
  readonly weekday: number;
  readonly name: string;
}

/** Weekdays named on their own (not inside a written date), and not pointing forward. */
function pastWeekdays(sentences: readonly Sentence[], dates: readonly DateMention[]): NamedWeekday[] {
  const out: NamedWeekday[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(WEEKDAY)) {
      const at = s.span[0] + m.index;
      if (dates.some((d) => d.stated.includes('day') && d.span[0] <= at && at < d.span[1])) continue;
      const before = s.text.slice(0, m.index);
      if (NOT_PAST_BEFORE.test(before) || directionBefore(before) === 'future') continue;
      const weekday = weekdayNumber(m[0]);
      if (weekday !== null) out.push({ weekday, name: m[0] });
    }
  }
  return out;
}

/**
 * The named days, with the anchor at 0, lie on the shortest stretch of the week
 * that holds them all; publication is on its last day. The stretch ends where
 * the largest gap between named days begins (on a tie, the later end).
 */
function lastOfShortestStretch(offsets: readonly number[]): number {
  const points = [...new Set([0, ...offsets])].sort((a, b) => a - b);
  let last = 0;
  let widest = -1;
  for (let i = 0; i < points.length; i++) {
    const here = points[i] ?? 0;
    const next = i + 1 < points.length ? (points[i + 1] ?? 0) : (points[0] ?? 0) + DAYS_IN_WEEK;
    const gap = next - here;
    if (gap > widest || (gap === widest && here > last)) [widest, last] = [gap, here];
  }
  return last;
}

/** The day of a dateline with no year, placed in the year of the anchor (or of the latest stated month). */
function datelineDay(first: Sentence | undefined, anchorDay: number | null, dates: readonly DateMention[]): InferredPublication | null {
  const m = first ? DATELINE.exec(first.text) : null;
  if (!m) return null;
  const month = monthNumber(m[1] ?? '');
  const day = Number(m[2]);
  const floor = anchorDay ?? latestStatedMonthStart(dates);
  if (month === null || floor === null) return null;
  let year = partsOf(floor).year;
  if (isRealDay(year, month, day) && dayNumber(year, month, day) < floor) year += 1;
  if (!isRealDay(year, month, day)) return null;
  return { date: isoDay(dayNumber(year, month, day)), evidence: `dateline "${m[0]}", year from the text` };
}

function latestStatedMonthStart(dates: readonly DateMention[]): number | null {
  let best: number | null = null;
  for (const d of dates) {
    if (d.relative || !d.stated.includes('year') || !d.stated.includes('month')) continue;
    const start = parseIsoDay(d.range.start);
    if (start !== null && (best === null || start > best)) best = start;
  }
  return best;
}
