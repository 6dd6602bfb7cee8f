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
import { isoDay, parseIsoDay, partsOf } from '../lexicon/calendar.ts';
import { weekdayName } from '../lexicon/calendar-words.ts';
import type { Lexicons } from '../extract/lexicons.ts';
import { extractArticle, type ExtractOptions } from '../extract/pipeline.ts';
import { datelineOf, pastWeekdays, publishedAfter, yearlessDays } from '../extract/publication.ts';
import { splitSentences } from '../extract/sentences.ts';
import type { ArticleFacts } from '../model/types.ts';
import { MATCH_EVIDENCE } from '../model/match-evidence.ts';
import { isCopy } from './copies.ts';
import { readAsBefore } from './read-as-before.ts';
import { bestWindow, type Window } from './match-window.ts';
import { nearestYear } from './nearest-year.ts';
import { eventDays, isSmallPlace, placeDay, type EventDays } from './same-place-day.ts';
import { indexFigures, sharedFigures } from './shared-figures.ts';

/**
 * The facts again, with each article that had no publication date dated from its matches
 * with dated reports (its facts read again against that day); the rest as they were.
 * `read` reads an article again (a cache may stand in front of the extractor).
 * @example dateFromMatches(facts, compileLexicons(registries))[2]?.publishedEvidence // 'dated from its match with RT, 2016-12-11'
 */
export function dateFromMatches(facts: readonly ArticleFacts[], lexicons: Lexicons, read: typeof extractArticle = extractArticle): ArticleFacts[] {
  if (!facts.some((f) => (f.published === null || f.publishedInferred) && f.article.body)) return [...facts];
  const stated = facts.map((f) => (f.published !== null && !f.publishedInferred ? parseIsoDay(f.published) : null));
  const index = indexFigures(facts, stated, lexicons.registries);
  // The days pages state or reason out from their own text ("On Sunday, August 25", after "June 2021"): a year for days written without one.
  const knownDays = [...new Set(facts.map((f) => (f.published !== null ? parseIsoDay(f.published) : null)).filter((d): d is number => d !== null))].sort(
    (x, y) => x - y,
  );
  let byPlace: EventDays | null = null;
  const days = (): EventDays => (byPlace ??= eventDays(facts));
  let byCountry: ReadonlyMap<string, readonly number[]> | null = null;
  const countryDays = (): ReadonlyMap<string, readonly number[]> => (byCountry ??= daysByCountry(facts));
  return facts.map((f) => {
    // A copy of another file keeps no facts of its own (they count once, under the first file).
    if (isCopy(f)) return f;
    if (f.published !== null) return f.publishedInferred ? laterByMatches(f, facts, index, lexicons, read) : f;
    const window = bestWindow(sharedFigures(f, index));
    const sentences = splitSentences(f.article.body);
    const line = datelineOf(sentences);
    // A year for days written without one: from the reports about the same country, when there are any.
    const near = sameCountryDays(f, countryDays(), knownDays);
    if (line) {
      const day = nearestYear(line.month, line.day, window ? [window.start] : near);
      if (day === null) return f;
      const whence = window ? `its match with ${describe(facts, window)}` : 'the days the other reports give';
      return readAgain(f, lexicons, read, { date: isoDay(day), evidence: `dateline "${line.text}", year from ${whence}`, inferred: false });
    }
    // A match before a day the text itself writes whole ("in May 2016") is a coincidence of numbers.
    if (!window || isoDay(window.start) < latestWritten(f)) {
      const yearless = fromYearlessDays(f, sentences, near, lexicons, read);
      return yearless === f ? fromPlaceAndWeekday(f, sentences, facts, days(), lexicons, read) : yearless;
    }
    // "... on July 14", "On May 28, 17 were reported dead": a day the text writes a few days past the match's is past
    // when the page was written; the page is moved on to it (its year is the match's), not the day a year back.
    const written = latestWrittenSoonAfter(sentences, window.start);
    const anchor = written ?? { day: window.start, text: '' };
    const after = publishedAfter(anchor, sentences, f.dates);
    const moved = parseIsoDay(after.date) ?? anchor.day;
    const weekday = moved > anchor.day ? `; the latest day it names is ${weekdayName(partsOf(moved).weekday)}` : '';
    const day = written ? `; it writes "${written.text}"` : '';
    return readAgain(f, lexicons, read, { date: after.date, evidence: `${MATCH_EVIDENCE} ${describe(facts, window)}${day}${weekday}`, inferred: true });
  });
}

/** The days of the dated reports that name each country. */
function daysByCountry(facts: readonly ArticleFacts[]): Map<string, number[]> {
  const out = new Map<string, Set<number>>();
  for (const g of facts) {
    const day = g.published !== null ? parseIsoDay(g.published) : null;
    if (day === null) continue;
    for (const m of g.places) {
      if (m.place.country === null) continue;
      const set = out.get(m.place.country) ?? new Set<number>();
      if (set.size === 0) out.set(m.place.country, set);
      set.add(day);
    }
  }
  return new Map([...out].map(([country, set]) => [country, [...set]]));
}

/**
 * The days of the dated reports that name a country this (undated) article names (the Mariupol reports'
 * January, not that of a Kabul bombing in another year); all the collection's days when none does.
 */
function sameCountryDays(f: ArticleFacts, byCountry: ReadonlyMap<string, readonly number[]>, knownDays: readonly number[]): readonly number[] {
  const days = new Set<number>();
  for (const m of f.places) if (m.place.country !== null) for (const d of byCountry.get(m.place.country) ?? []) days.add(d);
  return days.size ? [...days].sort((x, y) => x - y) : knownDays;
}

/** How long after the day a page's own text dates it a match may still move it on: the same story's days. */
const LATER_MATCH_DAYS = 31;

/**
 * A page its own text dates only from below (the latest day it states, often a photo's caption: "smoke
 * rises ... on February 16") that repeats figures dated reports first gave later: it was written once they
 * were given, so it is moved on to the match's day (and to the latest weekday it names after it).
 */
function laterByMatches(
  f: ArticleFacts,
  facts: readonly ArticleFacts[],
  index: ReturnType<typeof indexFigures>,
  lexicons: Lexicons,
  read: typeof extractArticle,
): ArticleFacts {
  const own = f.published === null ? null : parseIsoDay(f.published);
  if (own === null || !f.article.body) return f;
  const window = bestWindow(sharedFigures(f, index));
  if (!window || window.start <= own || window.start - own > LATER_MATCH_DAYS) return f;
  const sentences = splitSentences(f.article.body);
  const after = publishedAfter({ day: window.start, text: '' }, sentences, f.dates);
  const moved = parseIsoDay(after.date) ?? window.start;
  const weekday = moved > window.start ? `; the latest day it names is ${weekdayName(partsOf(moved).weekday)}` : '';
  return readAgain(f, lexicons, read, {
    date: after.date,
    evidence: `${MATCH_EVIDENCE} ${describe(facts, window)}, after ${f.publishedEvidence}${weekday}`,
    inferred: true,
  });
}

/** How many days after a match's day a day the text writes without its year may lie and still move the page on to it. */
const WRITTEN_AFTER_DAYS = 14;

/** The latest day the text writes without its year that falls a few days after `from` (in its year), or null. */
function latestWrittenSoonAfter(sentences: ReturnType<typeof splitSentences>, from: number): { day: number; text: string } | null {
  let latest: { day: number; text: string } | null = null;
  for (const d of yearlessDays(sentences).days) {
    const day = nearestYear(d.month, d.day, [from]);
    if (day !== null && day > from && day - from <= WRITTEN_AFTER_DAYS && (!latest || day > latest.day)) latest = { day, text: d.text };
  }
  return latest;
}

/**
 * An article that shares nothing with dated reports but writes days without their year
 * ("the attack on April 8"): each takes the year that puts it nearest the days the
 * collection's pages state or reason out from their own text, and the page was written on or after the latest of them (the day after,
 * when it also tells of "today" or "this morning": a page names its own day so).
 */
function fromYearlessDays(
  f: ArticleFacts,
  sentences: ReturnType<typeof splitSentences>,
  knownDays: readonly number[],
  lexicons: Lexicons,
  read: typeof extractArticle,
): ArticleFacts {
  const { days, today } = yearlessDays(sentences);
  let latest: { day: number; text: string } | null = null;
  for (const d of days) {
    const day = nearestYear(d.month, d.day, knownDays);
    if (day !== null && (!latest || day > latest.day)) latest = { day, text: d.text };
  }
  if (!latest) return f;
  const anchor = { day: latest.day + (today ? 1 : 0), text: latest.text };
  const after = publishedAfter(anchor, sentences, f.dates);
  const told = today ? ', and it tells of today' : '';
  return readAgain(f, lexicons, read, {
    date: after.date,
    evidence: `after "${latest.text}" (its year from the days the other reports give)${told}`,
    inferred: true,
  });
}

/**
 * An article that shares no figure and writes no day, but tells of a happening at a town on a
 * weekday ("late Sunday in Tudun Biri village"): written on or after the one day the dated
 * reports put an event there on that weekday (see same-place-day.ts).
 */
function fromPlaceAndWeekday(
  f: ArticleFacts,
  sentences: ReturnType<typeof splitSentences>,
  facts: readonly ArticleFacts[],
  days: EventDays,
  lexicons: Lexicons,
  read: typeof extractArticle,
): ArticleFacts {
  const named = pastWeekdays(sentences, f.dates).filter((w) => !w.since);
  const found = placeDay(
    f,
    named.map((w) => w.weekday),
    days,
    (p) => isSmallPlace(p, lexicons),
  );
  if (!found) return f;
  // On or after the event's day, moved on to the latest weekday it names ("said on Tuesday" after "Sunday's strike").
  const { date } = publishedAfter({ day: found.day, text: '' }, sentences, f.dates);
  const report = facts[found.article]!;
  const outlet = report.article.source?.name ?? `"${report.article.title}"`;
  return readAgain(f, lexicons, read, {
    date,
    evidence: `told of ${weekdayName(partsOf(found.day).weekday)}'s event at ${found.place}, which ${outlet} dates ${isoDay(found.day)}`,
    inferred: true,
  });
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

function readAgain(f: ArticleFacts, lexicons: Lexicons, read: typeof extractArticle, assigned: Assigned): ArticleFacts {
  const key = `${assigned.date}|${assigned.inferred}|${assigned.evidence}`;
  const known = readAgainBefore.get(f);
  if (known?.key === key) return known.facts;
  // With its places located elsewhere, when it was read with them (places-from-collection.ts): so again.
  const local = f.collectionPlaces;
  const facts = readAsBefore(f, lexicons, read, local ? { assigned, localPlaces: local } : { assigned });
  readAgainBefore.set(f, { key, facts });
  return facts;
}

function describe(facts: readonly ArticleFacts[], w: Window): string {
  const f = facts[w.article]!;
  const outlet = f.article.source?.name ?? `"${f.article.title}"`;
  return `${outlet}, ${isoDay(w.day)}`;
}
