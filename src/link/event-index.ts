import type { DateRange } from '../model/types.ts';
import { isoDayNumber } from '../lexicon/calendar.ts';
import { isFine } from './dates.ts';

const DAYS_PER_BUCKET = 7;

/** The week (days since 1970 divided into sevens) a day falls in. */
const bucketOf = (day: number): number => Math.floor(day / DAYS_PER_BUCKET);

interface Entry {
  /** The keys the event is filed under. */
  readonly keys: Set<string>;
  /** Weeks the event is filed under at each of its keys (fine events), or null. */
  weeks: { lo: number; hi: number } | null;
}

/**
 * Where the events made so far are, by place and by date, so that a report is compared
 * only with the events that could take it: at one of its places, and within a day of its
 * dates (fine events, filed under each week their dates touch) or with the same coarse
 * dates. Linking then grows with the corpus, not with the events at each place.
 *
 * Events are known by their position (the order they were made in) and filed by keys: a
 * place's id, or a key standing for a wider area, a country or a figure (see events.ts). An
 * event's keys and dates may only grow, and it is filed again when they do (`update`).
 */
export class EventIndex {
  /** Positions by key, then by week (fine events) or by the very dates (coarse ones, `start|end`). */
  readonly #buckets = new Map<string, Map<number | string, number[]>>();
  /** Positions by key whatever their dates, in the order each was first filed under it (see `latest`). */
  readonly #anyDate = new Map<string, number[]>();
  readonly #entries: Entry[] = [];
  /** The call of `near` that last found each position (so that one is listed once, with no set made per call). */
  #seen = new Int32Array(64);
  #calls = 0;

  /** Files the event at `position` (new, or grown) under its keys and dates (keys filed before may be given again). */
  update(position: number, keys: readonly string[], date: DateRange): void {
    let entry = this.#entries[position];
    if (!entry) {
      entry = { keys: new Set(), weeks: null };
      this.#entries[position] = entry;
      if (position >= this.#seen.length) {
        const grown = new Int32Array(Math.max(position + 1, this.#seen.length * 2));
        grown.set(this.#seen);
        this.#seen = grown;
      }
    }
    const fine = isFine(date);
    const lo = fine ? bucketOf(isoDayNumber(date.start)) : 0;
    const hi = fine ? bucketOf(isoDayNumber(date.end)) : 0;
    const dates = fine ? '' : `${date.start}|${date.end}`;
    for (const key of keys) {
      if (entry.keys.has(key)) continue;
      entry.keys.add(key);
      const list = this.#anyDate.get(key);
      if (list) list.push(position);
      else this.#anyDate.set(key, [position]);
      if (fine) for (let w = lo; w <= hi; w++) this.#file(key, w, position);
      else this.#file(key, dates, position);
    }
    if (!fine) return;
    const was = entry.weeks;
    if (!was) {
      entry.weeks = { lo, hi };
      return;
    }
    const [wasLo, wasHi] = [was.lo, was.hi];
    was.lo = Math.min(lo, wasLo);
    was.hi = Math.max(hi, wasHi);
    if (was.lo === wasLo && was.hi === wasHi) return;
    // Dates grown: the keys filed before are filed under the new weeks too.
    for (const key of entry.keys) {
      for (let w = was.lo; w < wasLo; w++) this.#file(key, w, position);
      for (let w = wasHi + 1; w <= was.hi; w++) this.#file(key, w, position);
    }
  }

  /**
   * Positions, in the order the events were made, of the events under one of `keys` that
   * could take a report dated `date`: for a fine date, the fine events within `slackDays`
   * of it; for a month, the fine events inside it; for any coarse date, the coarse events
   * with the very same dates. (Some of them may not: the caller checks each.)
   */
  near(keys: readonly string[], date: DateRange, slackDays: number): number[] {
    const call = ++this.#calls;
    const found: number[] = [];
    const fine = isFine(date);
    const weeks = fine || date.precision === 'month';
    const from = bucketOf(isoDayNumber(date.start) - (fine ? slackDays : 0));
    const to = bucketOf(isoDayNumber(date.end) + (fine ? slackDays : 0));
    const dates = fine ? '' : `${date.start}|${date.end}`;
    for (const key of keys) {
      const filed = this.#buckets.get(key);
      if (!filed) continue;
      if (weeks) for (let w = from; w <= to; w++) this.#add(filed.get(w), call, found);
      if (!fine) this.#add(filed.get(dates), call, found);
    }
    return sortPositions(found);
  }

  /**
   * Positions, in the order the events were made, of the events filed under any of `keys`
   * whatever their dates: at most `most` under each key, the last filed under it (where a
   * report with no date looks).
   */
  latest(keys: readonly string[], most: number): number[] {
    const call = ++this.#calls;
    const found: number[] = [];
    for (const key of keys) {
      const list = this.#anyDate.get(key);
      if (!list) continue;
      for (let k = Math.max(0, list.length - most); k < list.length; k++) {
        const i = list[k]!;
        if (this.#seen[i] === call) continue;
        this.#seen[i] = call;
        found.push(i);
      }
    }
    return sortPositions(found);
  }

  /** Adds the positions of a list not yet found by this call. */
  #add(list: readonly number[] | undefined, call: number, found: number[]): void {
    if (!list) return;
    for (const i of list) {
      if (this.#seen[i] === call) continue;
      this.#seen[i] = call;
      found.push(i);
    }
  }

  #file(id: string, when: number | string, position: number): void {
    let filed = this.#buckets.get(id);
    if (!filed) this.#buckets.set(id, (filed = new Map()));
    const list = filed.get(when);
    if (!list) filed.set(when, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }
}

/** Below this many, positions are sorted in place by insertion: a report has a dozen candidates, and the built-in sort copies them. */
const INSERTION_SORT_MAX = 32;

/** Positions (all different) in ascending order, in place. */
function sortPositions(found: number[]): number[] {
  if (found.length > INSERTION_SORT_MAX) return found.sort(byPosition);
  for (let i = 1; i < found.length; i++) {
    const x = found[i]!;
    let j = i - 1;
    while (j >= 0 && found[j]! > x) {
      found[j + 1] = found[j]!;
      j--;
    }
    found[j + 1] = x;
  }
  return found;
}

function byPosition(a: number, b: number): number {
  return a - b;
}
