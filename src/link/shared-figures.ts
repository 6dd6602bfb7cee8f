/**
 * The figures dated reports give, filed by what a repeat of them shares (the value, with
 * the kind for small values), and the figures an undated article shares with them, each
 * weighed by whether its claimant and place agree too.
 */
import type { ArticleClaim, ArticleFacts, Place, Registries } from '../model/types.ts';
import { placeRelation } from './places.ts';

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
 * A shared figure weighs 1, 1 more when its claimant agrees (or speaks for the same body),
 * and 2 more when its place agrees: a place says more than a claimant who gives tolls daily.
 */
const CLAIMANT_AGREES = 1;
const PLACE_AGREES = 2;
/** A figure told as given the day before: the page was written the day after it was first given. */
const YESTERDAY = /\byesterday\b/i;

/** A figure of a dated report: where, when, and from whom. */
export interface Holder {
  readonly article: number;
  readonly day: number;
  readonly claimant: string | null;
  readonly place: Place | null;
  /** The country the figure is placed in, when it is placed at all. */
  readonly country: string | null;
}

/** One figure an undated article shares with a dated report. */
export interface Hit {
  readonly key: string;
  readonly article: number;
  readonly day: number;
  readonly weight: number;
  /** The article tells the figure as given the day before ("yesterday put the toll at 51"). */
  readonly yesterday: boolean;
  /** The days of the dated reports that give the figure, one per report, in order. */
  readonly days: readonly number[];
}

/** Dated reports' figures by key, and how to read a claimant as the body it speaks for. */
export interface FigureIndex {
  readonly holders: ReadonlyMap<string, readonly Holder[]>;
  readonly rootOf: (id: string | null) => string | null;
}

/**
 * The figures of the reports whose day is known (`days[a]`, null for the others), by key.
 * @example indexFigures(facts, days, registries).holders.get('61')?.length // 2
 */
export function indexFigures(facts: readonly ArticleFacts[], days: readonly (number | null)[], registries: Registries): FigureIndex {
  const rootOf = claimantRoots(registries);
  const holders = new Map<string, Holder[]>();
  facts.forEach((f, a) => {
    const day = days[a];
    if (day === null || day === undefined) return;
    for (const c of f.claims) {
      const key = keyOf(c);
      if (!key) continue;
      const list = holders.get(key) ?? [];
      if (list.length === 0) holders.set(key, list);
      if (list.length <= MOST_HOLDERS)
        list.push({ article: a, day, claimant: rootOf(c.claimant?.id ?? null), place: placeOf(c), country: c.place?.country ?? null });
    }
  });
  return { holders, rootOf };
}

/** What a repeat of a claim shares with it: its value, and for small values its kind too. */
function keyOf(c: ArticleClaim): string | null {
  const value = c.figure.value;
  if (value === null || value < SMALLEST_TELLING_VALUE) return null;
  return value >= VALUE_ALONE_FROM ? `${value}` : `${c.figure.category}${KIND_APART}${value}`;
}

const KIND_APART = '|';

/**
 * Whether a shared figure's key is of a large value, told by its value alone (see keyOf).
 * @example isLargeKey('61') // true
 */
export function isLargeKey(key: string): boolean {
  return !key.includes(KIND_APART);
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
function placeOf(c: ArticleClaim): Place | null {
  return c.place && c.place.kind !== 'country' ? c.place : null;
}

/**
 * Two figures' places agree when they are one place, or one lies in the other, as linking reads
 * them (placeRelation): a toll "in Eastmoor" and "in the Eastmoor region", or "at the Eastmoor
 * hospital" and "in Eastmoor" (two towns of one area do not).
 */
function samePlace(a: Place, b: Place): boolean {
  const relation = placeRelation(a, b);
  return relation === 'same' || relation === 'within';
}

/**
 * The figures an undated article shares with dated reports, one per report and figure, in day order.
 * @example sharedFigures(undated, index)[0]?.day // the day number of the earliest report
 */
export function sharedFigures(f: ArticleFacts, { holders, rootOf }: FigureIndex): Hit[] {
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
    const country = c.place?.country ?? null;
    for (const h of list) {
      // "30 killed" in a Ukrainian city and in a camp in Gaza: the same number of another war.
      if (country !== null && h.country !== null && country !== h.country) continue;
      // A small toll ties two reports only about the same place: a monitor that gives tolls
      // daily falls on the same small numbers in other years, two at once as well.
      const placeAgrees = place !== null && h.place !== null && samePlace(place, h.place);
      if ((c.figure.value ?? 0) < VALUE_ALONE_FROM && !placeAgrees) continue;
      const weight = 1 + (claimant !== null && h.claimant === claimant ? CLAIMANT_AGREES : 0) + (placeAgrees ? PLACE_AGREES : 0);
      const id = `${key}|${h.article}|${weight}`;
      if (seen.has(id)) continue;
      seen.add(id);
      hits.push({ key, article: h.article, day: h.day, weight, yesterday, days });
    }
  }
  return hits.sort((x, y) => x.day - y.day || x.article - y.article);
}

/** The days of the reports in a figure's list, one per report, in order. */
function daysOf(list: readonly Holder[]): number[] {
  const byReport = new Map<number, number>();
  for (const h of list) byReport.set(h.article, h.day);
  return [...byReport.values()].sort((x, y) => x - y);
}
