/**
 * The week of dated reports an undated article was written in: the week whose reports
 * share the most of its figures, where those figures are news of that week and not a
 * running total told all along.
 */
import { isLargeKey, type Hit } from './shared-figures.ts';

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
 * A match needs two shared figures, or one about the same place: one toll from a monitor
 * that gives tolls every day can fall on the same number in another year, but two figures
 * together, or one about the same place, hardly can. (A small toll is shared only about
 * the same place at all: see `shared-figures.ts`.)
 */
const LEAST_FIGURES = 2;
/** A single shared figure makes a match only at this weight (see `shared-figures.ts`): its place agrees. */
const LEAST_SCORE_OF_ONE = 3;

export interface Window {
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
 * best weight); null when no week makes a match. On a tie the earlier week wins.
 * @example bestWindow(sharedFigures(undated, index))?.start // the day number the page was written on or after
 */
export function bestWindow(hits: readonly Hit[]): Window | null {
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
  let largest = 0;
  for (const [key, e] of shared) {
    const near = e.days.filter((d) => d >= first - NEIGHBOURHOOD_DAYS && d < first + WINDOW_DAYS + NEIGHBOURHOOD_DAYS).length;
    if (e.reports.size <= near * SHARE_IN_WEEK) continue;
    score += e.weight;
    figures++;
    if (isLargeKey(key)) largest = Math.max(largest, e.weight);
  }
  // One figure alone dates a page only when it is large: a small toll at the same place ("15 killed in Gaza") recurs.
  return figures >= LEAST_FIGURES || largest >= LEAST_SCORE_OF_ONE ? score : 0;
}
