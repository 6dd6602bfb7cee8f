/**
 * Dates the articles that state no publication date and give no clue to it in
 * their own text, from the dated reports they repeat. A page that gives the same
 * figure for the same thing from the same claimant, or about the same place, as
 * reports of known days was written in their window: its publication is taken as
 * the window's first day, moved on to the latest weekday the text names as past
 * ("on Saturday" is the Saturday after it). A dateline without a year
 * ("TEHRAN, Aug. 9") takes the year that puts it nearest those reports, or the
 * collection's stated days. A stated date is never overridden.
 */
import { dayNumber, isRealDay, isoDay, parseIsoDay, partsOf } from '../extract/dates/calendar.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { datelineOf, publishedAfter } from '../extract/publication.ts';
import { splitSentences } from '../extract/sentences.ts';
import type { ArticleClaim, ArticleFacts, Registries } from '../model.ts';

/** Shared figures this small are too common ("two children", "one soldier") to tie two reports by value alone. */
const SMALLEST_TELLING_VALUE = 5;
/** Matches whose days spread wider than this are narrowed to the closest. */
const WINDOW_DAYS = 7;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

interface Match {
  readonly article: number;
  readonly day: number;
  /** How many figures the two share. */
  readonly shared: number;
}

/**
 * The facts again, with each article that had no publication date dated from its matches
 * with dated reports (its facts read again against that day); the rest as they were.
 * @example dateFromMatches(facts, registries)[2]?.publishedEvidence // 'dated from its match with RT, 2016-12-11'
 */
export function dateFromMatches(facts: readonly ArticleFacts[], registries: Registries): ArticleFacts[] {
  const stated = facts.map((f) => (f.published !== null && !f.publishedInferred ? parseIsoDay(f.published) : null));
  if (!facts.some((f) => f.published === null && f.claims.length + f.figures.length > 0)) return [...facts];
  // Figures of stated reports by their key, each with the articles that give it.
  const byKey = new Map<string, number[]>();
  facts.forEach((f, a) => {
    if (stated[a] === null) return;
    for (const key of new Set(f.claims.flatMap(keysOf))) {
      const list = byKey.get(key);
      if (list) list.push(a);
      else byKey.set(key, [a]);
    }
  });
  const statedDays = [...new Set(stated.filter((d): d is number => d !== null))].sort((x, y) => x - y);
  return facts.map((f, a) => {
    if (f.published !== null) return f;
    const matches = matchesOf(f, byKey, stated);
    const window = windowOf(matches);
    const sentences = splitSentences(f.article.body);
    const line = datelineOf(sentences);
    if (line) {
      const near = window ? [window.start] : statedDays;
      const day = nearestYear(line.month, line.day, near);
      if (day === null) return f;
      const whence = window ? `its match with ${describe(facts, window.best)}` : 'the days the other reports state';
      return extractArticle(f.article, registries, {
        assigned: { date: isoDay(day), evidence: `dateline "${line.text}", year from ${whence}`, inferred: false },
      });
    }
    if (!window) return f;
    const after = publishedAfter({ day: window.start, text: '' }, sentences, f.dates);
    const moved = parseIsoDay(after.date) ?? window.start;
    const weekday = moved > window.start ? `; the latest day it names is ${WEEKDAYS[partsOf(moved).weekday]}` : '';
    return extractArticle(f.article, registries, {
      assigned: { date: after.date, evidence: `dated from its match with ${describe(facts, window.best)}${weekday}`, inferred: true },
    });
  });
}

/**
 * What a claim says, as keys a repeat of it shares: its figure with the claimant, and its
 * figure with the place. A bare figure is no key: the same "30 killed" is told of many days.
 */
function keysOf(c: ArticleClaim): string[] {
  const value = c.figure.value;
  if (value === null || value < SMALLEST_TELLING_VALUE) return [];
  const figure = `${c.figure.category}|${value}`;
  const keys: string[] = [];
  if (c.claimant) keys.push(`${figure}|by|${c.claimant.id}`);
  if (c.place) keys.push(`${figure}|at|${c.place.id}`);
  return keys;
}

function matchesOf(f: ArticleFacts, byKey: ReadonlyMap<string, readonly number[]>, stated: readonly (number | null)[]): Match[] {
  const shared = new Map<number, number>();
  // One count per figure, however many of its keys match.
  for (const c of f.claims) {
    const hit = new Set<number>();
    for (const key of keysOf(c)) for (const a of byKey.get(key) ?? []) hit.add(a);
    for (const a of hit) shared.set(a, (shared.get(a) ?? 0) + 1);
  }
  return [...shared].map(([article, n]) => ({ article, day: stated[article]!, shared: n }));
}

interface Window {
  readonly start: number;
  readonly end: number;
  /** The match that shares the most figures (the earliest on a tie): the one the page names. */
  readonly best: Match;
}

/**
 * The days of the matches that share the most figures; when they spread wider than a
 * week, only the earliest week of them (a figure repeated for days was first given then).
 */
function windowOf(matches: readonly Match[]): Window | null {
  const top = Math.max(0, ...matches.map((m) => m.shared));
  const best = matches
    .filter((m) => m.shared === top)
    .sort((x, y) => x.day - y.day || x.article - y.article);
  const first = best[0];
  if (!first) return null;
  const inWeek = best.filter((m) => m.day - first.day < WINDOW_DAYS);
  return { start: first.day, end: inWeek[inWeek.length - 1]!.day, best: first };
}

/**
 * The day of a month and day in the year that puts it nearest one of the given days
 * (sorted, unique): tried in each year they hold and the years either side.
 */
function nearestYear(month: number, day: number, near: readonly number[]): number | null {
  let best: number | null = null;
  let bestGap = Infinity;
  const years = new Set(near.map((n) => partsOf(n).year));
  for (const year of years) {
    for (const y of [year - 1, year, year + 1]) {
      if (!isRealDay(y, month, day)) continue;
      const d = dayNumber(y, month, day);
      const gap = gapToNearest(d, near);
      if (gap < bestGap || (gap === bestGap && best !== null && d < best)) [best, bestGap] = [d, gap];
    }
  }
  return best;
}

/** Days from `d` to the nearest of the sorted days (binary search). */
function gapToNearest(d: number, sorted: readonly number[]): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  const after = sorted[lo];
  const before = sorted[lo - 1];
  return Math.min(after === undefined ? Infinity : after - d, before === undefined ? Infinity : d - before);
}

function describe(facts: readonly ArticleFacts[], m: Match): string {
  const f = facts[m.article]!;
  const outlet = f.article.source?.name ?? `"${f.article.title}"`;
  return `${outlet}, ${isoDay(m.day)}`;
}
