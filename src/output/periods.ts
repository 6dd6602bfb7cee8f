/**
 * Long lists cut by period: the items of an entity's lists grouped by the calendar year of
 * their day, a year too long for one page cut into months, a month still too long cut into
 * parts, the undated items last. Where a cut falls depends only on the items' days and the
 * page sizes, never on an item's place in the whole list, so an item added changes the page
 * of its own period only (and a reader's "March 2016" shows March 2016 tomorrow too).
 */
import { monthLabel } from './format.ts';

/** The key of the period of the items with no day. */
export const UNDATED = 'undated';
/** The year and month of an ISO day ('2016-03-11'). */
const YEAR_MONTH = /^(\d{4})-(\d{2})/;

/** A period one page shows: a year, a month, or the undated items; a long month or long undated items in parts. */
export interface Period {
  /** Its key in addresses: '2016', '2016-03' or 'undated'. */
  readonly key: string;
  /** Which part of the period (from 1); 1 when the period is not cut. */
  readonly part: number;
  /** The period in a sentence ('2016', 'March 2016'); null for the undated items. */
  readonly when: string | null;
  /** Its name in a title: 'March 2016', 'March 2016, part 2', 'Undated'. */
  readonly name: string;
  /** Its label in the pager: 'Mar 2016', 'Mar 2016 (2)', 'Undated'. */
  readonly label: string;
}

/** A list to cut by period: its items, how many one page shows, and each item's ISO day (null when it has none). */
export interface DatedList<T> {
  readonly items: readonly T[];
  readonly size: number;
  readonly dayOf: (item: T, index: number) => string | null;
}

/** The part of one list a period's page shows: the period's items of the list, and which of them this part shows. */
export interface PeriodRun<T> {
  /** Every item of the list in the period (all its parts), in the list's order. */
  readonly all: readonly T[];
  /** 0-based index in `all` of the first item this part shows, and one past the last. */
  readonly start: number;
  readonly end: number;
}

/** One page of the lists cut by period: its period and, per list (in the order given), its run (null when it has no item there). */
export interface PeriodCut<T> {
  readonly period: Period;
  readonly runs: readonly (PeriodRun<T> | null)[];
}

/** Items of each list, in the list's order, that fall in one period. */
type Bucket<T> = { day: string | null; item: T }[][];

/**
 * Whether every list fits on one page: then an entity keeps its single page.
 * @example fitsOnePage([{ items: [1, 2], size: 2, dayOf: () => null }]) // true
 */
export function fitsOnePage(lists: readonly DatedList<unknown>[]): boolean {
  return lists.every((l) => l.items.length <= pageSize(l.size));
}

/**
 * The lists cut by period: by year, a year whose items of some list do not fit on one page by
 * month, a month that still does not by parts of the page size; undated items last (in parts
 * when many). Every item is on exactly one page, each list's items in their order.
 * @example cutByPeriod([{ items: ['a', 'b'], size: 1, dayOf: (x) => (x === 'a' ? '2016-03-01' : null) }]).map((c) => c.period.key) // ['2016', 'undated']
 */
export function cutByPeriod<T>(lists: readonly DatedList<T>[]): PeriodCut<T>[] {
  const sizes = lists.map((l) => pageSize(l.size));
  const byYear = new Map<string, Bucket<T>>();
  lists.forEach((list, i) => {
    list.items.forEach((item, at) => {
      const day = list.dayOf(item, at);
      // (tested, then cut: a match made for each item of every list is garbage, 60,000 and more a save at 10,000 articles)
      const year = day !== null && YEAR_MONTH.test(day) ? day.slice(0, 4) : undefined;
      bucketOf(byYear, year ?? UNDATED, lists.length)[i]!.push({ day: year ? day : null, item });
    });
  });
  const cuts: PeriodCut<T>[] = [];
  for (const year of periodOrder(byYear.keys())) {
    const bucket = byYear.get(year)!;
    if (year === UNDATED || fits(bucket, sizes)) {
      cuts.push(...parts(year, bucket, sizes));
      continue;
    }
    const byMonth = new Map<string, Bucket<T>>();
    bucket.forEach((entries, i) => {
      for (const e of entries) bucketOf(byMonth, e.day!.slice(0, 7), lists.length)[i]!.push(e);
    });
    for (const month of periodOrder(byMonth.keys())) cuts.push(...parts(month, byMonth.get(month)!, sizes));
  }
  return cuts;
}

/**
 * A period's name and label.
 * @example periodOf('2016-03', 2).name // 'March 2016, part 2'
 */
export function periodOf(key: string, part: number): Period {
  const month = YEAR_MONTH.test(key);
  const when = key === UNDATED ? null : month ? monthLabel(key) : key;
  const base = when ?? 'Undated';
  const label = month ? `${base.slice(0, 3)} ${key.slice(0, 4)}` : base;
  return part > 1 ? { key, part, when, name: `${base}, part ${part}`, label: `${label} (${part})` } : { key, part, when, name: base, label };
}

function pageSize(size: number): number {
  if (!(size > 0)) throw new RangeError(`page size must be positive, not ${size}`);
  return size;
}

function bucketOf<T>(map: Map<string, Bucket<T>>, key: string, lists: number): Bucket<T> {
  let bucket = map.get(key);
  if (!bucket) map.set(key, (bucket = Array.from({ length: lists }, () => [])));
  return bucket;
}

/** Years and months in calendar order (their keys sort as text), the undated items last. */
function periodOrder(keys: Iterable<string>): string[] {
  const all = [...keys];
  const dated = all.filter((k) => k !== UNDATED).sort();
  return dated.length < all.length ? [...dated, UNDATED] : dated;
}

function fits<T>(bucket: Bucket<T>, sizes: readonly number[]): boolean {
  return bucket.every((entries, i) => entries.length <= sizes[i]!);
}

/** A period's pages: one when it fits, else part k showing the k-th page size of each list. */
function parts<T>(key: string, bucket: Bucket<T>, sizes: readonly number[]): PeriodCut<T>[] {
  const count = Math.max(1, ...bucket.map((entries, i) => Math.ceil(entries.length / sizes[i]!)));
  const all = bucket.map((entries) => entries.map((e) => e.item));
  return Array.from({ length: count }, (_, k) => ({
    period: periodOf(key, k + 1),
    runs: all.map((items, i) => {
      const start = k * sizes[i]!;
      return start < items.length ? { all: items, start, end: Math.min(items.length, start + sizes[i]!) } : null;
    }),
  }));
}
