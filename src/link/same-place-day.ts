/**
 * Dates an undated page that shares no figure with the dated reports by the happening it
 * tells of: "Sunday's air strike at Tudun Biri" is the strike the dated reports put at
 * Tudun Biri on Sunday 3 December. A page is matched so only when the weekdays it names
 * and the small places it names (villages, towns, sites: a city under fire sees a happening
 * every week) meet on exactly one day the dated reports give to an event: a place where the
 * collection dates two happenings on such weekdays, or a page that names no weekday, stays
 * undated.
 */
import type { Lexicons } from '../extract/lexicons.ts';
import { partsOf, parseIsoDay } from '../lexicon/calendar.ts';
import type { ArticleFacts, Place, PlaceKind } from '../model/types.ts';

/** Places that say where a happening was: a country or a province holds too many. */
const WIDE: ReadonlySet<PlaceKind> = new Set<PlaceKind>(['country', 'governorate']);

/** The one day (and a report that gives it) on which a dated event happened at a town the page names, on a weekday it names. */
export interface PlaceDay {
  readonly day: number;
  /** Index of a dated report whose event falls on that day there. */
  readonly article: number;
  /** The town, as the dated report names it. */
  readonly place: string;
}

/** The day events happened at each town, by the dated reports that tell of them: place id -> day -> report. */
export type EventDays = ReadonlyMap<string, ReadonlyMap<number, { readonly article: number; readonly name: string }>>;

/**
 * The days of the dated reports' events, by town: each event's first day, where it spans a day or
 * two (a happening and the day it was told of). Background events ("captured in March 2016") and
 * events of reports with no day of their own are left out.
 * @example eventDays(facts).get('tudun-biri-kaduna')?.keys() // the day numbers of events there
 */
export function eventDays(facts: readonly ArticleFacts[]): EventDays {
  const byPlace = new Map<string, Map<number, { article: number; name: string }>>();
  facts.forEach((f, article) => {
    if (f.published === null) return;
    for (const e of f.events) {
      if (e.background || !e.date || (e.date.precision !== 'day' && e.date.precision !== 'days')) continue;
      const day = parseIsoDay(e.date.start);
      const end = parseIsoDay(e.date.end);
      // A day, or a happening's day and the day after it was told ("on Thursday", in Friday's report).
      if (day === null || end === null || end - day > 1) continue;
      for (const p of e.places) {
        if (WIDE.has(p.kind)) continue;
        const days = byPlace.get(p.id) ?? new Map<number, { article: number; name: string }>();
        if (days.size === 0) byPlace.set(p.id, days);
        if (!days.has(day)) days.set(day, { article, name: p.name });
      }
    }
  });
  return byPlace;
}

/**
 * The one event day that the page's towns and its weekdays point to, or null when none or more than one do.
 * @example placeDay(undated, [0], eventDays(facts), () => true)?.day // the day number of the Sunday strike
 */
export function placeDay(f: ArticleFacts, weekdays: readonly number[], days: EventDays, isSmall: (place: Place) => boolean): PlaceDay | null {
  if (weekdays.length === 0) return null;
  const named = new Set(weekdays);
  let found: PlaceDay | null = null;
  for (const m of f.places) {
    if (WIDE.has(m.place.kind) || !isSmall(m.place)) continue;
    for (const [day, at] of days.get(m.place.id) ?? []) {
      if (!named.has(partsOf(day).weekday)) continue;
      if (found && found.day !== day) return null;
      found ??= { day, article: at.article, place: at.name };
    }
  }
  return found;
}

/** From this many people a city sees happenings every week of a war: its name and a weekday tell no day. */
const SMALL_PLACE_POPULATION = 100_000;

/**
 * A site, a village the text locates, or a town of the gazetteer under SMALL_PLACE_POPULATION.
 * @example isSmallPlace(mosul, lexicons) // false
 */
export function isSmallPlace(p: Place, lexicons: Lexicons): boolean {
  if (p.kind === 'site' || p.geonameId === undefined) return true;
  if (p.country === null) return false;
  const entry = lexicons.places([p.country]).gazetteer.byId.get(p.id);
  return entry !== undefined && entry.population < SMALL_PLACE_POPULATION;
}
