import type { ArticleClaim, ArticleEvent, ArticleFacts, DateRange, Place } from '../model/types.ts';
import { compatibleActions, maxEventDays, maxGapDays } from './actions.ts';
import { contains, daysOf, gapDaysOf, isFine, union, unionWidthDays, widthDays, type DayNumbers } from './dates.ts';
import { EventIndex } from './event-index.ts';
import { addMarks, figureEvidence, figureMarks, isLarge, STRONG_EVIDENCE, type FigureBag, type FigureMark } from './evidence.ts';
import { placeKeys, placesRelation, type PlaceRelation } from './places.ts';

const PRECISION: Readonly<Record<Place['kind'], number>> = { site: 0, city: 0, governorate: 1, region: 2, country: 3 };
/** A later report of the same happening (a toll that rose, a funeral) may come this long after it, sharing its figures. */
const FOLLOW_UP_DAYS = 7;
/** Shared figures that link reports whose places say too little (a country, none): two, one of them large. */
const VAGUE_EVIDENCE = 3;
/** Reports are compared with at most this many events under each place or figure key (the latest made): linking stays linear. */
const MAX_CANDIDATES = 50;

export interface EventReport {
  readonly article: number;
  readonly index: number;
  readonly event: ArticleEvent;
}

export interface LinkedEvent {
  /** When it happened: the dates of the reports told of the same days, not of later follow-ups. */
  date: DateRange;
  places: Place[];
  action: string;
  reports: EventReport[];
}

interface Working {
  readonly linked: LinkedEvent;
  readonly figures: FigureBag;
  /** Where it stands in the order events were made (its position in the index). */
  readonly position: number;
  /** The day numbers of its dates, read again only when they change (every report nearby compares them). */
  days: DayNumbers;
}

interface Candidate {
  readonly event: Working;
  readonly relation: PlaceRelation | 'none';
  readonly evidence: number;
  readonly gap: number;
  /** True when the report tells of the same days (its dates widen the event's). */
  readonly sameDays: boolean;
}

/**
 * Merges the articles' events into events with many reports. A report joins an event
 * when their places are the same or one holds the other (a town and its province), their
 * kinds of action can be one happening (a strike, a raid, a bombing), and either their
 * dates overlap or touch, or the report comes up to FOLLOW_UP_DAYS later and shares
 * telling figures with it (a toll carried on). Where places say too little (a country, none) or
 * the report has no date, shared figures must be strong. A month joins the one event it
 * holds. Reports are taken in date order, so an event is founded by its earliest report.
 * @example linkEvents(facts, (id) => id).map((e) => e.reports.length) // [3, 2, 5]
 */
export function linkEvents(facts: readonly ArticleFacts[], rootOf: (id: string) => string = (id) => id): LinkedEvent[] {
  const reports = linkingOrder(facts);
  const marksOf = reports.map((r) => figureMarks(claimsOf(facts[r.article]!, r.event), rootOf));
  const keys = new IndexKeys();
  // Events are looked up by a large figure only for reports placed vaguely (a country, none):
  // an event is filed under the figures such reports carry, not every figure it has.
  const sought = new Set<string>();
  reports.forEach((r, n) => {
    if (isVague(r.event.places)) for (const k of keys.ofFigures(marksOf[n]!)) sought.add(k);
  });

  const events: Working[] = [];
  const index = new EventIndex();
  const file = (w: Working, at: number, marks: readonly FigureMark[]): void => {
    // Under its places, its country if that is all it names, and its large figures (those sought).
    const places = w.linked.places;
    const figures = sought.size ? keys.ofFigures(marks).filter((k) => sought.has(k)) : [];
    index.update(at, [...keys.ofPlaces(places), ...(isVague(places) ? keys.vague(places) : []), ...figures], w.linked.date);
  };

  for (const [n, report] of reports.entries()) {
    const marks = marksOf[n]!;
    const ev = report.event;
    // Where to look: the events at the report's places and those placed too vaguely to tell
    // (a country, none); for a vague or undated report, also those that share a large figure.
    const near = [...keys.ofPlaces(ev.places), ...keys.vague(ev.places), ...(isVague(ev.places) ? keys.ofFigures(marks) : [])];
    const candidates = ev.date ? index.near(near, ev.date, isFine(ev.date) ? FOLLOW_UP_DAYS : 0) : index.latest(near, MAX_CANDIDATES);
    const target = choose(candidates, events, ev, marks);
    if (target) {
      const working = target.event;
      const { linked } = working;
      linked.reports.push(report);
      if (ev.date && target.sameDays && (isFine(ev.date) || !isFine(linked.date))) working.days = daysOf((linked.date = union(linked.date, ev.date)));
      for (const p of ev.places) if (!linked.places.some((q) => q.id === p.id)) linked.places.push(p);
      // The most precise place first: the town, then its province, then the country.
      linked.places.sort((a, b) => PRECISION[a.kind] - PRECISION[b.kind]);
      addMarks(working.figures, marks);
      file(working, working.position, marks);
    } else if (ev.date) {
      const position = events.length;
      const made: Working = {
        linked: { date: ev.date, places: [...ev.places], action: ev.action, reports: [report] },
        figures: new Map(),
        position,
        days: daysOf(ev.date),
      };
      addMarks(made.figures, marks);
      events.push(made);
      file(made, position, marks);
    }
    // An undated report that joins nothing stays off the timeline: nothing says when it happened.
  }
  return events.map((w) => w.linked);
}

/**
 * The keys events are filed under in the index, each text made once per build: a place's own and
 * its province's (see `placeKeys`), a country's for events placed by it alone (`vague:`), a large
 * figure's (`figure:`). Reports are filed again each time they join an event.
 */
class IndexKeys {
  readonly #places = new Map<string, readonly string[]>();
  readonly #countries = new Map<string, string>();
  readonly #figures = new Map<string, string>();

  /** The keys of places (a key may come twice: filing and looking up take it once). */
  ofPlaces(places: readonly Place[]): string[] {
    const out: string[] = [];
    for (const p of places) {
      let known = this.#places.get(p.id);
      if (!known) this.#places.set(p.id, (known = placeKeys(p)));
      for (const k of known) out.push(k);
    }
    return out;
  }

  /** Keys of the events placed only by a country (or not at all) that a report at these places could belong to. */
  vague(places: readonly Place[]): string[] {
    const out = [VAGUE];
    for (const p of places) {
      const country = p.country ?? '';
      let key = this.#countries.get(country);
      if (key === undefined) this.#countries.set(country, (key = `${VAGUE}${country}`));
      out.push(key);
    }
    return out;
  }

  /** Keys of a report's large figures: where a report that names no place finds the events it shares them with. */
  ofFigures(marks: readonly FigureMark[]): string[] {
    const out: string[] = [];
    for (const m of marks) {
      if (!isLarge(m)) continue;
      let key = this.#figures.get(m.key);
      if (key === undefined) this.#figures.set(m.key, (key = `figure:${m.key}`));
      out.push(key);
    }
    return out;
  }
}

const VAGUE = 'vague:';

/** The claims a report of an article carries. */
function claimsOf(f: ArticleFacts, event: ArticleEvent): ArticleClaim[] {
  const out: ArticleClaim[] = [];
  for (const c of event.claims) {
    const claim = f.claims[c];
    if (claim) out.push(claim);
  }
  return out;
}

/** A report with what places it in the linking order, worked out once rather than in every comparison. */
interface Ranked {
  readonly report: EventReport;
  readonly rank: number;
  /** Its first and last day ('' when it has none), and the same as numbers (see `dayDigits`). */
  readonly start: string;
  readonly end: string;
  readonly from: number;
  readonly to: number;
}

/**
 * Every article's reports in the order they are linked: fine main reports first, in date order (the
 * earliest founds the event), then background, then coarse (or spanning more than a week), then
 * undated; on a tie, in file order.
 * The order is by rank, then first day, then last day as texts, sorted stably: reports are listed
 * in file order to begin with. Where every day is written as an ISO day, its digits as a number
 * sort as its text does, and are compared instead.
 */
function linkingOrder(facts: readonly ArticleFacts[]): EventReport[] {
  const ranked: Ranked[] = [];
  let digits = true;
  facts.forEach((f, article) => {
    f.events.forEach((event, index) => {
      const [start, end] = event.date ? [event.date.start, event.date.end] : ['', ''];
      const [from, to] = [dayDigits(start), dayDigits(end)];
      if (Number.isNaN(from) || Number.isNaN(to)) digits = false;
      ranked.push({ report: { article, index, event }, rank: linkingRank(event), start, end, from, to });
    });
  });
  return ranked.sort(digits ? byDayDigits : byDayTexts).map((r) => r.report);
}

/** A report dated to more days than this ("last week", told as the time of the strike) links after those dated to the day. */
const SPAN_DAYS = 7;

function linkingRank(event: ArticleEvent): number {
  return (!event.date ? 4 : isFine(event.date) && widthDays(event.date) <= SPAN_DAYS ? 0 : 2) + (event.background ? 1 : 0);
}

/** An ISO day's digits as one number (20161211), which sorts as the text does; -1 for no day (first, as '' is), NaN for any other text. */
function dayDigits(day: string): number {
  if (day === '') return -1;
  if (day.length !== 10 || day[4] !== '-' || day[7] !== '-') return Number.NaN;
  let n = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = day.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number.NaN;
    n = n * 10 + d;
  }
  return n;
}

function byDayDigits(x: Ranked, y: Ranked): number {
  return x.rank - y.rank || x.from - y.from || x.to - y.to;
}

function byDayTexts(x: Ranked, y: Ranked): number {
  return x.rank - y.rank || compareTexts(x.start, y.start) || compareTexts(x.end, y.end);
}

function compareTexts(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True for places that name no town, site or province: a country, or nothing. */
function isVague(places: readonly Place[]): boolean {
  return places.every((p) => p.kind === 'country');
}

/** Among the events near the report (positions in `events`, in the order made), the one it joins, or null. */
function choose(nearby: readonly number[], events: readonly Working[], ev: ArticleEvent, marks: readonly FigureMark[]): Candidate | null {
  const fits: Candidate[] = [];
  const days = ev.date ? daysOf(ev.date) : null;
  for (const at of nearby) {
    const w = events[at]!;
    const e = w.linked;
    if (!compatibleActions(e.action, ev.action)) continue;
    const relation = ev.places.length && e.places.length ? placesRelation(ev.places, e.places) : 'none';
    if (relation === 'apart') continue;
    const evidence = figureEvidence(marks, w.figures);
    const placed = relation === 'same' || relation === 'within';
    // A country says little: many happenings share one round toll there. Two shared figures, one of them large.
    if (!placed && evidence < VAGUE_EVIDENCE) continue;
    const fit = fitByDate(e, ev, days, evidence, relation, w);
    if (fit) fits.push(fit);
  }
  if (!ev.date || !isFine(ev.date)) {
    // A month ("seized once again in December 2016") joins an event it holds only when that
    // event is the only one it could be, or the one its figures point to.
    const inside = fits.filter((f) => isFine(f.event.linked.date));
    if (ev.date && inside.length > 1) {
      const told = inside.filter((f) => f.evidence > 0);
      return told.length === 1 ? told[0]! : null;
    }
  }
  // The first of the best (as a stable sort would put first), found without sorting.
  let best: Candidate | null = null;
  for (const f of fits) if (!best || byPreference(f, best) < 0) best = f;
  return best;
}

/** Candidates from the best: the same days, the closer place, more shared figures, the smaller gap. */
function byPreference(a: Candidate, b: Candidate): number {
  return Number(b.sameDays) - Number(a.sameDays) || rank(a.relation) - rank(b.relation) || b.evidence - a.evidence || a.gap - b.gap;
}

/** How the report fits the event by their dates (`days`: the report's day numbers), or null when it does not. */
function fitByDate(e: LinkedEvent, ev: ArticleEvent, days: DayNumbers | null, evidence: number, relation: Candidate['relation'], w: Working): Candidate | null {
  if (!ev.date || !days) return evidence >= STRONG_EVIDENCE ? candidate(w, relation, evidence, 0, false) : null;
  if (isFine(ev.date)) {
    if (!isFine(e.date)) return null;
    // Background (a happening told beside the news) confirms an event of its days; it does not
    // stretch the news's event back to itself ("the attack began on Thursday" beside Saturday's fall).
    if (ev.background && !contains(e.date, ev.date)) return null;
    const gap = gapDaysOf(e.date, w.days, ev.date, days);
    const action = e.action === 'report' ? ev.action : e.action;
    if (gap <= maxGapDays(action) && unionWidthDays(e.date, w.days, ev.date, days) <= maxEventDays(action)) return candidate(w, relation, evidence, gap, true);
    // A report that dates the happening only to a span ("last week's strike", told on Friday) is of
    // an event inside the span that shares telling figures with it; it does not widen its dates.
    if (contains(ev.date, e.date) && evidence >= STRONG_EVIDENCE) return candidate(w, relation, evidence, 0, false);
    // A later report of the same happening: it must share telling figures with it (at one place
    // strikes recur, and small tolls with them), and it does not widen its dates.
    const later = ev.date.start > e.date.end;
    if (later && gap <= FOLLOW_UP_DAYS && evidence >= STRONG_EVIDENCE) return candidate(w, relation, evidence, gap, false);
    return null;
  }
  if (ev.date.precision === 'month' && isFine(e.date) && contains(ev.date, e.date)) return candidate(w, relation, evidence, 0, false);
  if (!isFine(e.date) && e.date.start === ev.date.start && e.date.end === ev.date.end) return candidate(w, relation, evidence, 0, true);
  return null;
}

function candidate(event: Working, relation: Candidate['relation'], evidence: number, gap: number, sameDays: boolean): Candidate {
  return { event, relation, evidence, gap, sameDays };
}

function rank(r: Candidate['relation']): number {
  return r === 'same' ? 0 : r === 'within' ? 1 : 2;
}
