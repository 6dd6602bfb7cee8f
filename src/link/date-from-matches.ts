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
import { extractArticle, type ExtractOptions } from '../extract/pipeline.ts';
import { datelineOf, publishedAfter, yearlessDays } from '../extract/publication.ts';
import { splitSentences } from '../extract/sentences.ts';
import { MATCH_EVIDENCE } from './match-evidence.ts';
import type { ArticleClaim, ArticleFacts, Registries } from '../model.ts';

/** Shared figures this small are too common ("two children", "one soldier") to tie two reports. */
const SMALLEST_TELLING_VALUE = 5;
/**
 * From this value up a figure is told by its value alone: pages sort the same toll into
 * different kinds ("52 dead" read as killed in one, as injured in the next), and two
 * shared large values in one week are no chance.
 */
const VALUE_ALONE_FROM = 20;
/** A figure given by more reports than this is too common to date anything. */
const MOST_HOLDERS = 30;
/**
 * A figure marks a week only when more than this share of the reports that give it fall in
 * that week: a running total ("the war has killed 320,000") or a common number is told
 * all along.
 */
const SHARE_IN_WEEK = 0.5;
/** How far around a week the reports of a figure are counted for that share: other stories lie further off. */
const NEIGHBOURHOOD_DAYS = 31;
/** Reports of one story spread over about a week; a window of matches is that long. */
const WINDOW_DAYS = 7;
/**
 * A match needs two shared figures, or one that the same claimant gives about the same
 * place: one toll from a monitor that gives tolls every day can fall on the same number in
 * another year, but two figures together, or one with both its claimant and place, cannot.
 */
const LEAST_FIGURES = 2;
/**
 * Each shared figure counts 1, 1 more when its claimant agrees (or speaks for the same body)
 * and 2 more when its place agrees: a place says more than a claimant who gives tolls daily.
 */
const LEAST_SCORE_OF_ONE = 3;
const CLAIMANT_AGREES = 1;
const PLACE_AGREES = 2;
/** The code of the warning on a file whose text another file already holds. */
const DUPLICATE = 'duplicate';
const YESTERDAY = /\byesterday\b/i;
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A figure of a dated report: where, when, and from whom. */
interface Holder {
  readonly article: number;
  readonly day: number;
  readonly claimant: string | null;
  readonly place: string | null;
}

/** One figure an undated article shares with a dated report. */
interface Hit {
  readonly key: string;
  readonly article: number;
  readonly day: number;
  readonly weight: number;
  /** The article tells the figure as given the day before ("yesterday put the toll at 51"). */
  readonly yesterday: boolean;
  /** The days of the dated reports that give the figure, one per report, in order. */
  readonly days: readonly number[];
}

/**
 * The facts again, with each article that had no publication date dated from its matches
 * with dated reports (its facts read again against that day); the rest as they were.
 * @example dateFromMatches(facts, registries)[2]?.publishedEvidence // 'dated from its match with RT, 2016-12-11'
 */
export function dateFromMatches(facts: readonly ArticleFacts[], registries: Registries): ArticleFacts[] {
  if (!facts.some((f) => f.published === null && f.article.body)) return [...facts];
  const stated = facts.map((f) => (f.published !== null && !f.publishedInferred ? parseIsoDay(f.published) : null));
  const rootOf = claimantRoots(registries);
  const holders = new Map<string, Holder[]>();
  facts.forEach((f, a) => {
    const day = stated[a];
    if (day === null || day === undefined) return;
    for (const c of f.claims) {
      const key = keyOf(c);
      if (!key) continue;
      const list = holders.get(key) ?? [];
      if (list.length === 0) holders.set(key, list);
      if (list.length <= MOST_HOLDERS) list.push({ article: a, day, claimant: rootOf(c.claimant?.id ?? null), place: placeOf(c) });
    }
  });
  const statedDays = [...new Set(stated.filter((d): d is number => d !== null))].sort((x, y) => x - y);
  return facts.map((f) => {
    // A copy of another file keeps no facts of its own (they count once, under the first file).
    if (f.published !== null || f.diagnostics.some((d) => d.code === DUPLICATE)) return f;
    const window = bestWindow(hitsOf(f, holders, rootOf));
    const sentences = splitSentences(f.article.body);
    const line = datelineOf(sentences);
    if (line) {
      const day = nearestYear(line.month, line.day, window ? [window.start] : statedDays);
      if (day === null) return f;
      const whence = window ? `its match with ${describe(facts, window)}` : 'the days the other reports state';
      return readAgain(f, registries, { date: isoDay(day), evidence: `dateline "${line.text}", year from ${whence}`, inferred: false });
    }
    // A match before a day the text itself writes whole ("in May 2016") is a coincidence of numbers.
    if (!window || isoDay(window.start) < latestWritten(f)) return fromYearlessDays(f, sentences, statedDays, registries);
    const after = publishedAfter({ day: window.start, text: '' }, sentences, f.dates);
    const moved = parseIsoDay(after.date) ?? window.start;
    const weekday = moved > window.start ? `; the latest day it names is ${WEEKDAYS[partsOf(moved).weekday]}` : '';
    return readAgain(f, registries, { date: after.date, evidence: `${MATCH_EVIDENCE} ${describe(facts, window)}${weekday}`, inferred: true });
  });
}

/**
 * An article that shares nothing with dated reports but writes days without their year
 * ("the attack on April 8"): each takes the year that puts it nearest the collection's
 * stated days, and the page was written on or after the latest of them (the day after,
 * when it also tells of "today" or "this morning": a page names its own day so).
 */
function fromYearlessDays(f: ArticleFacts, sentences: ReturnType<typeof splitSentences>, statedDays: readonly number[], registries: Registries): ArticleFacts {
  const { days, today } = yearlessDays(sentences);
  let latest: { day: number; text: string } | null = null;
  for (const d of days) {
    const day = nearestYear(d.month, d.day, statedDays);
    if (day !== null && (!latest || day > latest.day)) latest = { day, text: d.text };
  }
  if (!latest) return f;
  const anchor = { day: latest.day + (today ? 1 : 0), text: latest.text };
  const after = publishedAfter(anchor, sentences, f.dates);
  const told = today ? ', and it tells of today' : '';
  return readAgain(f, registries, { date: after.date, evidence: `after "${latest.text}" (its year from the days the other reports state)${told}`, inferred: true });
}

/** The first day of the latest month or day the text writes with its year, or '' when it writes none. */
function latestWritten(f: ArticleFacts): string {
  let latest = '';
  for (const d of f.dates) if (!d.relative && d.stated.includes('year') && d.range.start > latest) latest = d.range.start;
  return latest;
}

type Assigned = NonNullable<ExtractOptions['assigned']>;

/**
 * The article's facts read again against a date found for it. Facts are never changed once
 * made, so a rebuild that finds the same date for the same facts (the dev server) takes the
 * facts it read the last time.
 */
const readAgainBefore = new WeakMap<ArticleFacts, { readonly key: string; readonly facts: ArticleFacts }>();

function readAgain(f: ArticleFacts, registries: Registries, assigned: Assigned): ArticleFacts {
  const key = `${assigned.date}|${assigned.inferred}|${assigned.evidence}`;
  const known = readAgainBefore.get(f);
  if (known?.key === key) return known.facts;
  const facts = extractArticle(f.article, registries, { assigned });
  readAgainBefore.set(f, { key, facts });
  return facts;
}

/** What a repeat of a claim shares with it: its value, and for small values its kind too. */
function keyOf(c: ArticleClaim): string | null {
  const value = c.figure.value;
  if (value === null || value < SMALLEST_TELLING_VALUE) return null;
  return value >= VALUE_ALONE_FROM ? `${value}` : `${c.figure.category}|${value}`;
}

/**
 * The body a claimant speaks for, at the top of its registry chain (the General Staff is part
 * of the ministry, which is part of the state): two of one body agree on its figures.
 */
function claimantRoots(registries: Registries): (id: string | null) => string | null {
  const parent = new Map(registries.claimants.filter((c) => c.partOf).map((c) => [c.id, c.partOf!]));
  return (id) => {
    let at = id;
    // A chain in the registry is short; the bound guards against a loop in a user's file.
    for (let step = 0; at !== null && parent.has(at) && step < parent.size; step++) at = parent.get(at)!;
    return at;
  };
}

/** A place that says where, not a whole country: every report of a war shares its country. */
function placeOf(c: ArticleClaim): string | null {
  return c.place && c.place.kind !== 'country' ? c.place.id : null;
}

function hitsOf(f: ArticleFacts, holders: ReadonlyMap<string, readonly Holder[]>, rootOf: (id: string | null) => string | null): Hit[] {
  const hits: Hit[] = [];
  const seen = new Set<string>();
  for (const c of f.claims) {
    const key = keyOf(c);
    const list = key === null ? undefined : holders.get(key);
    if (key === null || !list || list.length > MOST_HOLDERS) continue;
    const claimant = rootOf(c.claimant?.id ?? null);
    const place = placeOf(c);
    const yesterday = YESTERDAY.test(c.quote);
    const days = daysOf(list);
    for (const h of list) {
      const weight = 1 + (claimant !== null && h.claimant === claimant ? CLAIMANT_AGREES : 0) + (place !== null && h.place === place ? PLACE_AGREES : 0);
      const id = `${key}|${h.article}|${weight}`;
      if (seen.has(id)) continue;
      seen.add(id);
      hits.push({ key, article: h.article, day: h.day, weight, yesterday, days });
    }
  }
  return hits.sort((x, y) => x.day - y.day || x.article - y.article);
}

interface Window {
  /**
   * The earliest day the page can have been written: a page repeats a figure only once it
   * was given, so on or after the latest first day of its shared figures (the day after,
   * when it says the figure was given yesterday).
   */
  readonly start: number;
  /** The report that shares the most figures in it (the earliest on a tie): the one the page names. */
  readonly article: number;
  readonly day: number;
}

/**
 * The week of reports that share the most with the article (each figure counted once, at its
 * best weight); null when no week reaches `LEAST_SCORE`. On a tie the earlier week wins.
 */
function bestWindow(hits: readonly Hit[]): Window | null {
  let best: { score: number; from: number; to: number } | null = null;
  let to = 0;
  for (let from = 0; from < hits.length; from++) {
    if (from > 0 && hits[from]!.day === hits[from - 1]!.day) continue;
    const first = hits[from]!.day;
    while (to < hits.length && hits[to]!.day < first + WINDOW_DAYS) to++;
    const score = scoreOf(hits, from, to);
    if (score > 0 && (!best || score > best.score)) best = { score, from, to };
  }
  if (!best) return null;
  const firstDay = new Map<string, number>();
  for (let i = best.from; i < best.to; i++) {
    const h = hits[i]!;
    if (!firstDay.has(h.key)) firstDay.set(h.key, h.day + (h.yesterday ? 1 : 0));
  }
  let start = -Infinity;
  for (const day of firstDay.values()) start = Math.max(start, day);
  // The page names the report that shares the most with it among those out by then.
  const byArticle = new Map<number, number>();
  for (let i = best.from; i < best.to; i++) byArticle.set(hits[i]!.article, (byArticle.get(hits[i]!.article) ?? 0) + hits[i]!.weight);
  let top = best.from;
  for (let i = best.from; i < best.to && hits[i]!.day <= start; i++) if (byArticle.get(hits[i]!.article)! > byArticle.get(hits[top]!.article)!) top = i;
  return { start, article: hits[top]!.article, day: hits[top]!.day };
}

/** Each shared figure once, at its best weight, when enough of the reports near the window that give it fall in it. */
function scoreOf(hits: readonly Hit[], from: number, to: number): number {
  const first = hits[from]!.day;
  const shared = new Map<string, { weight: number; days: readonly number[]; reports: Set<number> }>();
  for (let i = from; i < to; i++) {
    const h = hits[i]!;
    const entry = shared.get(h.key) ?? { weight: 0, days: h.days, reports: new Set<number>() };
    if (entry.reports.size === 0) shared.set(h.key, entry);
    entry.weight = Math.max(entry.weight, h.weight);
    entry.reports.add(h.article);
  }
  let score = 0;
  let figures = 0;
  for (const e of shared.values()) {
    const near = e.days.filter((d) => d >= first - NEIGHBOURHOOD_DAYS && d < first + WINDOW_DAYS + NEIGHBOURHOOD_DAYS).length;
    if (e.reports.size <= near * SHARE_IN_WEEK) continue;
    score += e.weight;
    figures++;
  }
  return figures >= LEAST_FIGURES || score >= LEAST_SCORE_OF_ONE ? score : 0;
}

/** The days of the reports in a figure's list, one per report, in order. */
function daysOf(list: readonly Holder[]): number[] {
  const byReport = new Map<number, number>();
  for (const h of list) byReport.set(h.article, h.day);
  return [...byReport.values()].sort((x, y) => x - y);
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

function describe(facts: readonly ArticleFacts[], w: Window): string {
  const f = facts[w.article]!;
  const outlet = f.article.source?.name ?? `"${f.article.title}"`;
  return `${outlet}, ${isoDay(w.day)}`;
}
