/**
 * Long lists cut into pages: how many items each page of a list shows, the pages of an
 * entity whose lists run long (one a period: see periods.ts), the pager's links, and the
 * "Figures in March 2016: 170" line. Pure: the view (view/) prepares the pages, the
 * templates only show them.
 */
import { cutByPeriod, type DatedList, fitsOnePage, type Period } from './periods.ts';
import type { Keep } from './view/keep.ts';
import { periodUrl } from './urls.ts';

export type { DatedList, Period } from './periods.ts';

/** How many items of each kind of list one page shows. */
export const PAGE_SIZE = {
  /** Event cards on a place, outlet or claimant page. */
  events: 50,
  /** Rows of a figures (claims) table. */
  claims: 100,
  /** Links to articles on a place or outlet page. */
  articles: 200,
  /** Items of each of an outlet's standing lists (shared, against, alone). */
  standing: 100,
  /** Entries of the articles index. */
  articlesIndex: 500,
} as const;

/** Above this many events the home page lists years, and each year's events get a page of their own. */
export const HOME_EVENTS_MAX = 600;

/** A pager shows every page up to this many pages; beyond, the first, the last and those near the current one. */
const PAGER_ALL_UP_TO = 9;
/** Pages either side of the current one a long pager shows. */
const PAGER_NEAR = 2;

/** The part of a list one page shows. */
export interface Chunk<T> {
  readonly items: readonly T[];
  /** 1-based position of the first item shown among the items counted in `total` (0 when there are none). */
  readonly from: number;
  /** 1-based position of the last item shown (0 when there are none). */
  readonly to: number;
  /** Items of the list on a single page; of the period on a page of a period. */
  readonly total: number;
  /** Whether the list runs over more than one page (then the page says which part it shows). */
  readonly paged: boolean;
  /** The period the page shows, on an entity cut by period; null on an entity's single page. */
  readonly period: Period | null;
}

/** One link of a pager: a page, the previous or next page, or a gap (no url). */
export interface PagerItem {
  readonly label: string;
  readonly url: string | null;
  readonly current: boolean;
  readonly rel: 'prev' | 'next' | null;
}

/** The links between pages. */
export interface Nav {
  readonly items: readonly PagerItem[];
}

/** The links between numbered pages, and which of how many pages this is. */
export interface Pager extends Nav {
  readonly number: number;
  readonly count: number;
}

/**
 * A whole number with a comma between thousands (the same on every machine).
 * @example groupDigits(4031) // '4,031'
 */
export function groupDigits(n: number): string {
  const s = String(Math.trunc(Math.abs(n)));
  return `${n < 0 ? '-' : ''}${s.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/**
 * What a paged list shows on this page: its period and, when the period runs over parts, which items of it.
 * @example rangeLabel({ from: 1, to: 170, total: 170, period: periodOf('2016-03', 1) }, 'Figures') // 'Figures in March 2016: 170'
 * @example rangeLabel({ from: 101, to: 170, total: 170, period: periodOf('2016-03', 2) }, 'Figures') // 'Figures in March 2016, 101–170 of 170'
 * @example rangeLabel({ from: 101, to: 200, total: 4031, period: null }, 'Figures') // 'Figures 101–200 of 4,031'
 */
export function rangeLabel(chunk: Pick<Chunk<unknown>, 'from' | 'to' | 'total' | 'period'>, noun: string): string {
  const span = chunk.from === chunk.to ? groupDigits(chunk.from) : `${groupDigits(chunk.from)}–${groupDigits(chunk.to)}`;
  if (!chunk.period) return `${noun} ${span} of ${groupDigits(chunk.total)}`;
  const what = chunk.period.when === null ? `Undated ${noun.toLowerCase()}` : `${noun} in ${chunk.period.when}`;
  return chunk.from === 1 && chunk.to === chunk.total ? `${what}: ${groupDigits(chunk.total)}` : `${what}, ${span} of ${groupDigits(chunk.total)}`;
}

/**
 * The pager of page `number` of `count`: previous, the pages (all of them, or the first, the
 * last and the nearby ones with gaps between), next. Null when there is one page. Which pages
 * it shows depends only on the page's neighbours and the two ends.
 * @example pager(2, 3, (n) => `/p/${n}/`)?.items.map((i) => i.label) // ['Previous', '1', '2', '3', 'Next']
 */
export function pager(number: number, count: number, urlOf: (n: number) => string, labelOf: (n: number) => string = String): Pager | null {
  if (count <= 1) return null;
  const shown = new Set<number>();
  if (count <= PAGER_ALL_UP_TO) for (let n = 1; n <= count; n++) shown.add(n);
  else {
    shown.add(1).add(count);
    for (let n = Math.max(1, number - PAGER_NEAR); n <= Math.min(count, number + PAGER_NEAR); n++) shown.add(n);
  }
  const items: PagerItem[] = [];
  if (number > 1) items.push({ label: 'Previous', url: urlOf(number - 1), current: false, rel: 'prev' });
  let last = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    // A single missing page is shown rather than hidden behind a gap.
    if (n - last === 2) items.push({ label: labelOf(n - 1), url: urlOf(n - 1), current: false, rel: null });
    else if (n - last > 2) items.push({ label: '…', url: null, current: false, rel: null });
    items.push({ label: labelOf(n), url: urlOf(n), current: n === number, rel: null });
    last = n;
  }
  if (number < count) items.push({ label: 'Next', url: urlOf(number + 1), current: false, rel: 'next' });
  return { number, count, items };
}

/**
 * A page of an entity whose lists are paged together: the part of every list it shows (null
 * where a list has no item on it). An entity whose lists all fit has one page; one whose lists
 * run long has its own page (its overview, then its first period) and a page per period.
 */
export type ListPage<L extends Record<string, readonly unknown[]>> = {
  readonly url: string;
  /** Whether this is the entity's own page, at its own address (its overview, then its first period). */
  readonly first: boolean;
  /** The period the page shows; null when the entity has one page. */
  readonly period: Period | null;
  /** The page to cite instead, showing the same items: the entity's own page, for its first period's page; else null. */
  readonly canonical: string | null;
  /** On the entity's own page, when paged: the address of the period it shows (that period's own page); else null. */
  readonly periodPage: string | null;
  /** The links between the periods; null when the entity has one page. */
  readonly pager: Nav | null;
} & { readonly [K in keyof L]: Chunk<L[K][number]> | null };

/** Options of pagedByPeriod. */
export interface PagedOptions {
  /** Where the periods' pages go, when not under the entity's own address (e.g. '/articles/published/'). */
  readonly periodBase?: string;
  /**
   * A keeper of the chunks of periods, and the kind and id of the entity they are kept under: a
   * period whose items are the same as last build keeps its chunk (the same object), and so its
   * fingerprint, when an item is added to another period of the entity.
   */
  readonly chunks?: { readonly keep: Keep; readonly kind: string; readonly id: string };
}

/**
 * The pages of an entity with several long lists, each list at its own page size. When every
 * list fits, its one page at `base`, showing every list whole. Otherwise the lists are cut by
 * period (periods.ts): the entity's own page at `base` shows the first period, and every period
 * has its page at `base` + '2016/', '2016-03/', '2016-03/2/', 'undated/' (the first one's names
 * `base` as canonical); the pager's first period links to `base`.
 * @example pagedByPeriod('/p/', { events: { items: [1, 2, 3], size: 2, dayOf: (n) => `201${n}-01-01` } }).map((p) => p.url) // ['/p/', '/p/2011/', '/p/2012/', '/p/2013/']
 */
export function pagedByPeriod<I extends Record<string, unknown>>(
  base: string,
  lists: { readonly [K in keyof I]: DatedList<I[K]> },
  { periodBase = base, chunks: kept }: PagedOptions = {},
): ListPage<{ [K in keyof I]: I[K][] }>[] {
  type L = { [K in keyof I]: I[K][] };
  const keys = Object.keys(lists) as (keyof I & string)[];
  const dated = keys.map((k) => lists[k] as DatedList<unknown>);
  if (fitsOnePage(dated)) {
    const chunks: Record<string, Chunk<unknown>> = {};
    for (const k of keys) {
      const { items } = lists[k];
      chunks[k] = { items, from: items.length ? 1 : 0, to: items.length, total: items.length, paged: false, period: null };
    }
    return [{ url: base, first: true, period: null, canonical: null, periodPage: null, pager: null, ...chunks } as ListPage<L>];
  }
  const cuts = cutByPeriod(dated);
  const urls = cuts.map((c) => periodUrl(periodBase, c.period.key, c.period.part));
  // The first period is read at the entity's own address: the pager leads there.
  const linkOf = (n: number): string => (n === 1 ? base : urls[n - 1]!);
  const labelOf = (n: number): string => cuts[n - 1]!.period.label;
  const pageOf = (j: number, url: string, first: boolean): ListPage<L> => {
    const { period, runs } = cuts[j]!;
    const chunks: Record<string, Chunk<unknown> | null> = {};
    keys.forEach((k, i) => {
      const run = runs[i];
      if (!run) {
        chunks[k] = null;
        return;
      }
      const items = run.all.slice(run.start, run.end);
      const make = (): Chunk<unknown> => ({ items, from: run.start + 1, to: run.end, total: run.all.length, paged: true, period });
      chunks[k] = kept
        ? kept.keep.part(
            `${kept.kind}:${k}`,
            `${kept.id}|${period.key}|${period.part}`,
            [items, run.start, run.end, run.all.length, period.name, period.label, period.when],
            make,
          )
        : make();
    });
    const canonical = !first && j === 0 ? base : null;
    const { items } = pager(j + 1, cuts.length, linkOf, labelOf)!;
    return { url, first, period, canonical, periodPage: first ? urls[j]! : null, pager: { items }, ...chunks } as ListPage<L>;
  };
  return [pageOf(0, base, true), ...cuts.map((_, j) => pageOf(j, urls[j]!, false))];
}
