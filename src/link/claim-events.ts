import { isoDay, isoDayNumber } from '../lexicon/calendar.ts';
import type { ArticleFacts, DateRange, Place } from '../model/types.ts';
import type { LinkedEvent } from './events.ts';
import { placesRelation, type PlaceRelation } from './places.ts';

/** Events compared with a claim at most, under one figure: linking stays linear. */
const MAX_CANDIDATES = 200;
/** A claim's place is the event's when it is the same place, or one holds the other. */
const PLACED: ReadonlySet<PlaceRelation> = new Set(['same', 'within']);

/**
 * Which event each claim is about (by article, then claim; null for none). A claim is
 * about the event of the report it stands in, except where it names a place apart from
 * that event's (another town, another country) and another event there carries the same figure from another article: a
 * report of a strike that recalls last week's toll elsewhere, a report from one city that
 * gives the share of another city held. Such a figure belongs with the other event's, so
 * that it is compared and grouped there.
 * @example claimEvents(facts, events)[0]?.[2] // 1 (the third claim of the first article is about event 1)
 */
export function claimEvents(facts: readonly ArticleFacts[], events: readonly LinkedEvent[]): (number | null)[][] {
  const out = facts.map((f) => f.claims.map((): number | null => null));
  // Events by the figures their reports carry, with the articles that carry them (two lists of
  // numbers side by side: tens of thousands of claims, read up to MAX_CANDIDATES times each).
  const byFigure = new Map<string, Carriers>();
  events.forEach((e, n) => {
    for (const r of e.reports) {
      const keys = keysOf(facts[r.article]!);
      for (const c of r.event.claims) {
        out[r.article]![c] = n;
        const key = keys[c];
        if (!key) continue;
        const list = byFigure.get(key);
        if (list) {
          list.events.push(n);
          list.articles.push(r.article);
        } else byFigure.set(key, { events: [n], articles: [r.article] });
      }
    }
  });
  // The events' first and last day numbers, worked out once: a claim is compared with up to MAX_CANDIDATES events.
  const days = new Float64Array(events.length * 2);
  /** 1 where an event's dates are real days in order (see withinADay). */
  const real = new Uint8Array(events.length);
  events.forEach((e, n) => {
    days[2 * n] = isoDayNumber(e.date.start);
    days[2 * n + 1] = isoDayNumber(e.date.end);
    real[n] = realDays(e.date, days[2 * n]!, days[2 * n + 1]!) ? 1 : 0;
  });
  const inOrder = byFirstDay(days, real);
  const placed = new PlacedIn(events);
  facts.forEach((f, a) => {
    f.claims.forEach((claim, c) => {
      const own = out[a]![c];
      if (own === null || own === undefined || !claim.place) return;
      if (!events[own]!.places.length || placed.in(claim.place, own)) return;
      const key = keysOf(f)[c];
      // The latest events that carry the figure: a common toll ("20 killed") is carried by many.
      const carriers = key ? byFigure.get(key) : undefined;
      if (!carriers) return;
      const place = claim.place;
      const date = claim.date && daysOf(claim.date);
      // The first that fits. An event's reports carry a figure one after the other, so the
      // event's tests (the date, then the places) are made once for its run of entries.
      const { events: carrierEvents, articles: carrierArticles } = carriers;
      let tested = -1;
      let fits = false;
      const from = Math.max(0, carrierEvents.length - MAX_CANDIDATES);
      // Where the events come in order of their first day, so do a figure's carriers: those that
      // begin more than a day after the claim's dates cannot fit it, and are not looked at.
      const to = inOrder && date?.real ? beginningAfter(carrierEvents, days, from, date.end + 1) : carrierEvents.length;
      for (let k = from; k < to; k++) {
        const e = carrierEvents[k]!;
        if (e === own || carrierArticles[k] === a) continue;
        if (e !== tested) {
          tested = e;
          fits = (!date || withinADay(date, events[e]!.date, days, e, real[e] === 1)) && placed.in(place, e);
        }
        if (!fits) continue;
        out[a]![c] = e;
        break;
      }
    });
  });
  return out;
}

/** True when every event's dates are real days in order (see `real`) and the events come in order of their first day (as linked ones do). */
function byFirstDay(days: Float64Array, real: Uint8Array): boolean {
  for (let n = 0; n < real.length; n++) {
    if (real[n] !== 1 || (n > 0 && days[2 * n]! < days[2 * (n - 1)]!)) return false;
  }
  return true;
}

/** The first place from `from` on in `carriers` (events in order of their first day) of an event that begins after day `last`. */
function beginningAfter(carriers: readonly number[], days: Float64Array, from: number, last: number): number {
  let lo = from;
  let hi = carriers.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (days[2 * carriers[mid]!]! > last) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The events that carry one figure, in event order, with the article of each report that carries it. */
interface Carriers {
  readonly events: number[];
  readonly articles: number[];
}

/**
 * Whether an event's places hold a place (the same place, or one holds the other), each place
 * and event tested once: many claims name one town, and each is tested against up to
 * MAX_CANDIDATES events. Places are told by their id (one id is one place in a build, as the
 * data's list of places holds one record per id).
 */
class PlacedIn {
  readonly #events: readonly LinkedEvent[];
  readonly #known = new Map<string, Map<number, boolean>>();

  constructor(events: readonly LinkedEvent[]) {
    this.#events = events;
  }

  in(place: Place, event: number): boolean {
    let known = this.#known.get(place.id);
    if (!known) this.#known.set(place.id, (known = new Map()));
    let answer = known.get(event);
    if (answer === undefined) {
      answer = PLACED.has(placesRelation([place], this.#events[event]!.places));
      known.set(event, answer);
    }
    return answer;
  }
}

/**
 * gapDays(claim's dates, event's dates) <= 1, from day numbers read once (see `days`). Where both
 * ranges are real days in order, that is the two ranges overlapping once each is widened by a day:
 * numbers compared, no text (a claim is tested against many events).
 */
function withinADay(a: ClaimDays, b: DateRange, days: Float64Array, event: number, eventReal: boolean): boolean {
  if (a.real && eventReal) return a.start <= days[2 * event + 1]! + 1 && days[2 * event]! <= a.end + 1;
  // A range that is not real days in order: as gapDays reads it.
  return gapBetween(a, b, days, event) <= 1;
}

/** A claim's dates with their day numbers, and whether they are real days in order. */
interface ClaimDays {
  readonly range: DateRange;
  readonly start: number;
  readonly end: number;
  readonly real: boolean;
}

function daysOf(range: DateRange): ClaimDays {
  const start = isoDayNumber(range.start);
  const end = isoDayNumber(range.end);
  return { range, start, end, real: realDays(range, start, end) };
}

/** True when a range's texts are the very days its numbers are (so the texts sort as the numbers do), in order. */
function realDays(range: DateRange, start: number, end: number): boolean {
  return start <= end && isoDay(start) === range.start && isoDay(end) === range.end;
}

/** gapDays(claim's dates, event's dates), from day numbers read once (see `days`). */
function gapBetween(a: ClaimDays, b: DateRange, days: Float64Array, event: number): number {
  if (a.range.start <= b.end && b.start <= a.range.end) return 0;
  return a.range.end < b.start ? days[2 * event]! - a.end : a.start - days[2 * event + 1]!;
}

/**
 * The key of each claim's figure (category and value), or null for a vague one; made once per
 * facts (which are never changed once made): a rebuild meets the same facts again.
 */
const figureKeys = new WeakMap<ArticleFacts, readonly (string | null)[]>();

function keysOf(f: ArticleFacts): readonly (string | null)[] {
  let keys = figureKeys.get(f);
  if (!keys) {
    keys = f.claims.map(({ figure }) => (figure.value !== null ? `${figure.category}:${figure.value}` : null));
    figureKeys.set(f, keys);
  }
  return keys;
}
