/**
 * Long lists cut into pages: how many items each page of a list shows, which
 * items fall on page k, the pager's links, and the "Figures 101–200 of 4,031"
 * line. Pure: the view (view/) prepares the pages, the templates only show them.
 */

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
  /** 1-based position of the first item shown (0 when the list is empty). */
  readonly from: number;
  /** 1-based position of the last item shown (0 when the list is empty). */
  readonly to: number;
  /** Items in the whole list. */
  readonly total: number;
  /** Whether the list runs over more than one page (then the page says which part it shows). */
  readonly paged: boolean;
}

/** One link of a pager: a page, the previous or next page, or a gap (no url). */
export interface PagerItem {
  readonly label: string;
  readonly url: string | null;
  readonly current: boolean;
  readonly rel: 'prev' | 'next' | null;
}

export interface Pager {
  readonly number: number;
  readonly count: number;
  readonly items: readonly PagerItem[];
}

/**
 * Pages a list of `total` items needs at `size` a page; an empty list still has its one page.
 * @example pageCount(201, 100) // 3
 */
export function pageCount(total: number, size: number): number {
  if (!(size > 0)) throw new RangeError(`page size must be positive, not ${size}`);
  return Math.max(1, Math.ceil(total / size));
}

/**
 * The items page `number` (1-based) of the list shows; page 1 always has a chunk (maybe
 * empty), a later page past the end of the list has none (null).
 * @example chunkOf(['a', 'b', 'c'], 2, 2) // { items: ['c'], from: 3, to: 3, total: 3, paged: true }
 */
export function chunkOf<T>(list: readonly T[], size: number, number: number): Chunk<T> | null {
  const count = pageCount(list.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) return null;
  const start = (number - 1) * size;
  const items = list.slice(start, start + size);
  return { items, from: items.length ? start + 1 : 0, to: start + items.length, total: list.length, paged: count > 1 };
}

/**
 * The address of page `number` of the pages at `base`: page 1 is `base` itself.
 * @example pageUrl('/places/aleppo/', 2) // '/places/aleppo/page/2/'
 */
export function pageUrl(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
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
 * What a paged list shows on this page.
 * @example rangeLabel({ from: 101, to: 200, total: 4031 }, 'Figures') // 'Figures 101–200 of 4,031'
 */
export function rangeLabel(chunk: Pick<Chunk<unknown>, 'from' | 'to' | 'total'>, noun: string): string {
  const span = chunk.from === chunk.to ? groupDigits(chunk.from) : `${groupDigits(chunk.from)}–${groupDigits(chunk.to)}`;
  return `${noun} ${span} of ${groupDigits(chunk.total)}`;
}

/**
 * The pager of page `number` of `count`: previous, the page numbers (all of them, or
 * the first, the last and the nearby ones with gaps between), next. Null when there is one page.
 * @example pager(2, 3, (n) => `/p/${n}/`)?.items.map((i) => i.label) // ['Previous', '1', '2', '3', 'Next']
 */
export function pager(number: number, count: number, urlOf: (n: number) => string): Pager | null {
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
    if (n - last === 2) items.push({ label: String(n - 1), url: urlOf(n - 1), current: false, rel: null });
    else if (n - last > 2) items.push({ label: '…', url: null, current: false, rel: null });
    items.push({ label: String(n), url: urlOf(n), current: n === number, rel: null });
    last = n;
  }
  if (number < count) items.push({ label: 'Next', url: urlOf(number + 1), current: false, rel: 'next' });
  return { number, count, items };
}

/** Page k of an entity whose lists are paged together: chunk k of every list (null where a list has run out). */
export type ListPage<L extends Record<string, readonly unknown[]>> = {
  readonly number: number;
  readonly count: number;
  readonly url: string;
  /** Null when the entity has one page. */
  readonly pager: Pager | null;
} & { readonly [K in keyof L]: Chunk<L[K][number]> | null };

/**
 * The pages of an entity with several long lists, each list at its own page size: as many
 * pages as the longest list needs, page k showing chunk k of each list. Page 1 is at `base`.
 * @example pagedLists('/p/', { events: [[1, 2, 3], 2] }).map((p) => p.url) // ['/p/', '/p/page/2/']
 */
export function pagedLists<L extends Record<string, readonly unknown[]>>(
  base: string,
  lists: { readonly [K in keyof L]: readonly [L[K], number] },
): ListPage<L>[] {
  const keys = Object.keys(lists) as (keyof L & string)[];
  const count = Math.max(1, ...keys.map((k) => pageCount(lists[k][0].length, lists[k][1])));
  const urlOf = (n: number): string => pageUrl(base, n);
  const pages: ListPage<L>[] = [];
  for (let number = 1; number <= count; number++) {
    const chunks: Record<string, Chunk<unknown> | null> = {};
    for (const k of keys) chunks[k] = chunkOf(lists[k][0], lists[k][1], number);
    pages.push({ number, count, url: urlOf(number), pager: pager(number, count, urlOf), ...chunks } as ListPage<L>);
  }
  return pages;
}
