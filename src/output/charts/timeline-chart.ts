/**
 * The home page's overview chart, as geometry: events over time, one row per
 * place, with a strip of monthly counts above so that busy months stand out.
 * Templates draw the SVG from this model; nothing here builds markup.
 */
import { utcHour, utcMonth } from 'd3-time';
import { maxOf, minOf } from '../../long-arrays.ts';
import { monthUrl as homeMonthUrl, SITE_URLS } from '../urls.ts';
import { sortedByText } from '../sorted-by.ts';
import { dayStart, monthKey, monthName, monthTicks, timeScale } from './time-axis.ts';

/** What the chart needs to know about one event. */
export interface ChartEvent {
  readonly url: string;
  readonly title: string;
  readonly date: string;
  /** ISO first and last day of the event's date range. */
  readonly start: string;
  readonly end: string;
  readonly places: readonly { readonly id: string; readonly name: string; readonly url: string }[];
}

export interface ChartMark {
  readonly x: number;
  readonly y: number;
  readonly r: number;
  readonly url: string;
  /** Accessible name of the link: title, date, place. */
  readonly label: string;
}

export interface ChartRow {
  readonly label: string;
  readonly url: string | null;
  readonly y: number;
  readonly count: number;
}

/** A month of a row too crowded for a dot per event: how many of the row's events begin in it, and where they are listed. */
export interface ChartCell {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly count: number;
  /** 1 to 4, darker for more events (relative to the chart's fullest cell). */
  readonly level: number;
  readonly url: string;
  /** Accessible name of the link: place, month, count. */
  readonly label: string;
}

export interface ChartBar {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly count: number;
  readonly month: string;
  readonly label: string;
  /** True for the months with the most events: more than one, at least half the busiest month's count, five at most. */
  readonly busy: boolean;
  /** Whether its count is written above it (busy, and not crowding the previous label). */
  readonly showCount: boolean;
}

export interface ChartTick {
  readonly x: number;
  readonly label: string;
}

export interface TimelineChart {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly stripTop: number;
  readonly stripBottom: number;
  readonly rowsTop: number;
  readonly rowsBottom: number;
  readonly rowHeight: number;
  readonly rows: readonly ChartRow[];
  readonly bars: readonly ChartBar[];
  readonly ticks: readonly ChartTick[];
  readonly marks: readonly ChartMark[];
  /** The months of rows too crowded for a dot per event (none when every event has its dot). */
  readonly cells: readonly ChartCell[];
  /** Labels of the busy months, for the caption ("December 2016, March 2017"). */
  readonly busyMonths: readonly string[];
  /** Events left off because they lie far before or after all the others (a 1982 massacre recalled in 2016 news). */
  readonly leftOut: { readonly count: number; readonly from: string; readonly to: string } | null;
}

export interface ChartOptions {
  readonly width?: number;
  readonly maxRows?: number;
  /** Where the events of a month ('2016-12') are listed: what a cell links to. */
  readonly monthUrl?: (month: string) => string;
}

const LEFT = 150;
const RIGHT = 16;
const STRIP_TOP = 22;
const STRIP_HEIGHT = 60;
const ROW_HEIGHT = 34;
const MARK_R = 5;
/** Vertical offsets tried, in order, so that marks on nearby days do not hide each other. */
const LANES = [0, -9, 9, -4.5, 4.5, -13, 13];
const UNPLACED = 'place not stated';
const MAX_BUSY = 5;
const MAX_LABEL = 20;
/** Levels of shade of the cells. */
const CELL_LEVELS = 4;
const CELL_HEIGHT = 22;
/** A gap this long (months) cuts off a small far-away group of events... */
const OUTLIER_GAP = 24;
/** ...when that group holds at most this share of all events. */
const OUTLIER_SHARE = 0.05;
const ELSEWHERE = 'elsewhere';

const round = (n: number): number => Math.round(n * 10) / 10;
/** The first day of the month an ISO day falls in, as a UTC instant. */
const monthOf = (iso: string): Date => utcMonth.floor(dayStart(iso));
/** The instant halfway between an event's first and last day's starts. */
const middle = (e: Pick<ChartEvent, 'start' | 'end'>): Date => new Date((+dayStart(e.start) + +dayStart(e.end)) / 2);

/**
 * `make(key)`, made once per key: thousands of events share a few hundred days, and the
 * calendar arithmetic (Date objects, d3-time's floors) costs more than the lookup.
 */
function once<T>(make: (key: string) => T): (key: string) => T {
  const made = new Map<string, T>();
  return (key) => {
    if (made.has(key)) return made.get(key) as T;
    const value = make(key);
    made.set(key, value);
    return value;
  };
}

/**
 * Lays out events over time by place; null when there is nothing to draw.
 * @example timelineChart([{ url: '/events/a/', title: 'A', date: '11 Dec 2016', start: '2016-12-11', end: '2016-12-11', places: [] }])?.busyMonths // ['December 2016']
 */
export function timelineChart(allEvents: readonly ChartEvent[], options: ChartOptions = {}): TimelineChart | null {
  if (!allEvents.length) return null;
  const { kept: events, leftOut } = withoutOutliers(allEvents);
  const width = options.width ?? 960;
  const maxRows = Math.max(2, options.maxRows ?? 8);

  // Rows: the places with most events, then "elsewhere", then events with no place.
  const byPlace = new Map<string, { name: string; url: string; count: number; first: number }>();
  events.forEach((e, i) => {
    const p = e.places[0];
    if (!p) return;
    const row = byPlace.get(p.id);
    if (row) row.count++;
    else byPlace.set(p.id, { name: p.name, url: p.url, count: 1, first: i });
  });
  const ranked = [...byPlace.entries()].sort(([, a], [, b]) => b.count - a.count || a.first - b.first);
  const unplacedCount = events.filter((e) => !e.places[0]).length;
  const keep = ranked.length > maxRows - (unplacedCount ? 1 : 0) ? maxRows - 1 - (unplacedCount ? 1 : 0) : ranked.length;
  const kept = ranked.slice(0, keep);
  const elsewhereCount = ranked.slice(keep).reduce((n, [, r]) => n + r.count, 0);
  const rowsTop = STRIP_TOP + STRIP_HEIGHT + 26;
  const rowOf = new Map<string, number>();
  const rowSpecs: { label: string; url: string | null; count: number }[] = [];
  for (const [id, r] of kept) {
    rowOf.set(id, rowSpecs.length);
    rowSpecs.push({ label: r.name.length > MAX_LABEL ? `${r.name.slice(0, MAX_LABEL - 1)}…` : r.name, url: r.url, count: r.count });
  }
  const elsewhereRow = elsewhereCount ? rowSpecs.push({ label: ELSEWHERE, url: SITE_URLS.places, count: elsewhereCount }) - 1 : -1;
  const unplacedRow = unplacedCount ? rowSpecs.push({ label: UNPLACED, url: null, count: unplacedCount }) - 1 : -1;
  const rowY = (i: number): number => rowsTop + i * ROW_HEIGHT + ROW_HEIGHT / 2;
  const rowsBottom = rowsTop + rowSpecs.length * ROW_HEIGHT;

  // Time scale: whole months, from the first day of the first event's month to the end of the last one's.
  const monthStart = once((iso) => +monthOf(iso));
  const from = new Date(minOf(events.map((e) => monthStart(e.start))));
  const to = utcMonth.offset(new Date(maxOf(events.map((e) => monthStart(e.end)))), 1);
  const x = timeScale(from, to, LEFT, width - RIGHT);
  /** Of an event's days ('start|end'): the month of its middle (its first instant), and where its dot sits. */
  const span = (e: ChartEvent): string => `${e.start}|${e.end}`;
  const middleMonth = once((days) => +utcMonth.floor(middle(daysOf(days))));
  // The dot sits in the middle of the event's days, its last day counted whole.
  const dotX = once((days) => x(utcHour.offset(middle(daysOf(days)), 12)));

  // Monthly counts (by the month's first instant): an event counts in the month of its middle day.
  const counts = new Map<number, number>();
  for (const e of events) {
    const m = middleMonth(span(e));
    counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  const maxCount = maxOf(counts.values());
  const busySet = new Set(
    [...counts.entries()]
      .filter(([, n]) => maxCount > 1 && n > 1 && n * 2 >= maxCount)
      .sort(([ma, a], [mb, b]) => b - a || ma - mb)
      .slice(0, MAX_BUSY)
      .map(([m]) => m),
  );
  let lastLabelX = -Infinity;
  const bars: ChartBar[] = [];
  for (const month of utcMonth.range(from, to)) {
    const count = counts.get(+month) ?? 0;
    if (!count) continue;
    const bx = x(month);
    const bw = Math.max(1, x(utcMonth.offset(month, 1)) - bx - 1);
    const h = (count / maxCount) * STRIP_HEIGHT;
    const label = monthName(month);
    const busy = busySet.has(+month);
    const showCount = busy && bx + bw / 2 - lastLabelX >= 16;
    if (showCount) lastLabelX = bx + bw / 2;
    bars.push({
      x: round(bx),
      y: round(STRIP_TOP + STRIP_HEIGHT - h),
      width: round(bw),
      height: round(h),
      count,
      month: label,
      label: `${label}: ${count} ${count === 1 ? 'event' : 'events'}`,
      busy,
      showCount,
    });
  }

  const ticks: ChartTick[] = monthTicks(from, to).map((t) => ({ x: round(x(t.at)), label: t.label }));

  // Marks: one per event, in its row, moved to a free lane when a neighbour is too close. Where
  // an event finds no free lane, the events of its row that begin in its month are counted in a
  // cell instead, until every dot left has a lane; and so are those of a dot that would cover
  // the edge of a cell.
  const rowOfEvent = (e: ChartEvent): number => {
    const p = e.places[0];
    return p ? (rowOf.get(p.id) ?? elsewhereRow) : unplacedRow;
  };
  const dots: Dot[] = [...events]
    .map((e) => {
      const row = rowOfEvent(e);
      const month = monthStart(e.start);
      return { e, cx: dotX(span(e)), row, month, cell: `${row}|${month}` };
    })
    .sort((a, b) => a.cx - b.cx);
  const monthSpan = (m: number): { x: number; width: number } => {
    const month = new Date(m);
    return { x: x(month), width: Math.max(1, x(utcMonth.offset(month, 1)) - x(month) - 1) };
  };
  const inCells = new Set<string>();
  let lanes = placeInLanes(dots, rowY, inCells);
  for (let more = lanes.overflow; more.size > 0; more = new Set([...lanes.overflow, ...coveringCells(dots, lanes.ys, inCells, monthSpan)])) {
    for (const cell of more) inCells.add(cell);
    lanes = placeInLanes(dots, rowY, inCells);
  }
  const marks: ChartMark[] = [];
  dots.forEach(({ e, cx }, i) => {
    const y = lanes.ys[i]!;
    if (!Number.isNaN(y)) marks.push({ x: round(cx), y: round(y), r: MARK_R, url: e.url, label: markLabel(e) });
  });
  const rows: ChartRow[] = rowSpecs.map((r, i) => ({ ...r, y: rowY(i) }));
  const monthUrl = options.monthUrl ?? homeMonthUrl;
  const cells = monthCells(
    dots.filter((d) => inCells.has(d.cell)),
    (row) => rows[row]!,
    monthSpan,
    monthUrl,
  );

  return {
    width,
    height: rowsBottom + 8,
    left: LEFT,
    right: width - RIGHT,
    stripTop: STRIP_TOP,
    stripBottom: STRIP_TOP + STRIP_HEIGHT,
    rowsTop,
    rowsBottom,
    rowHeight: ROW_HEIGHT,
    rows,
    bars,
    ticks,
    marks,
    cells,
    busyMonths: bars.filter((b) => b.busy).map((b) => b.month),
    leftOut,
  };
}

/** The days of a 'start|end' key, as an event's. */
function daysOf(days: string): Pick<ChartEvent, 'start' | 'end'> {
  const [start = '', end = ''] = days.split('|');
  return { start, end };
}

/** An event's accessible name on the chart: title, date, places. */
function markLabel(e: ChartEvent): string {
  return `${e.title} — ${e.date}, ${e.places.map((q) => q.name).join(', ') || UNPLACED}`;
}

interface Dot {
  readonly e: ChartEvent;
  readonly cx: number;
  readonly row: number;
  /** The month it begins in (its first instant, in milliseconds: a key that sorts in time). */
  readonly month: number;
  /** Its row and month: the cell it is counted in, if its row is crowded there. */
  readonly cell: string;
}

/**
 * Each dot not counted in a cell, in order of x, in the first lane where no dot drawn before
 * it is too close: `ys` holds each dot's y (NaN for a dot counted in a cell), `overflow` the
 * cells of the dots that found no free lane. Plain numbers, not a placed copy of each dot: it
 * runs again over every dot for each round of cells.
 */
function placeInLanes(dots: readonly Dot[], rowY: (row: number) => number, inCells: ReadonlySet<string>): { ys: Float64Array; overflow: Set<string> } {
  const ys = new Float64Array(dots.length).fill(Number.NaN);
  // The x and y of the dots placed, in order of x, row by row: a dot can come close only to dots
  // of its own row or the next ones (rows lie ROW_HEIGHT apart, lanes at most LANES' reach off).
  const placed = new Map<number, { xs: number[]; ys: number[] }>();
  const rowPlaced = (row: number): { xs: number[]; ys: number[] } => {
    let list = placed.get(row);
    if (!list) placed.set(row, (list = { xs: [], ys: [] }));
    return list;
  };
  const overflow = new Set<string>();
  for (let d = 0; d < dots.length; d++) {
    const dot = dots[d]!;
    if (inCells.has(dot.cell)) continue;
    const base = rowY(dot.row);
    const near = [placed.get(dot.row - 1), placed.get(dot.row), placed.get(dot.row + 1)];
    let lane: number | undefined;
    for (const off of LANES) {
      if (near.some((p) => p && tooClose(p.xs, p.ys, dot.cx, base + off))) continue;
      lane = off;
      break;
    }
    if (lane === undefined) overflow.add(dot.cell);
    const y = base + (lane ?? 0);
    ys[d] = y;
    const own = rowPlaced(dot.row);
    own.xs.push(dot.cx);
    own.ys.push(y);
  }
  return { ys, overflow };
}

/** Whether a dot at (cx, y) would touch one of the dots placed before it (whose x are in order): only the last few placed can be close. */
function tooClose(xs: readonly number[], ys: readonly number[], cx: number, y: number): boolean {
  for (let i = xs.length - 1; i >= 0 && xs[i]! > cx - MARK_R * 2; i--) if (Math.abs(ys[i]! - y) < MARK_R * 1.8) return true;
  return false;
}

/**
 * The cells of the dots placed (y not NaN) that would cover part of a cell of their row (a cell
 * takes the row's whole height). A row's cells, in order of x, end in the same order (each ends at
 * the next month's start, or a pixel after its own): of those that begin before a dot's right
 * edge, the last ends furthest right, and the dot covers one of them if it covers that one.
 */
function coveringCells(
  dots: readonly Dot[],
  ys: Float64Array,
  inCells: ReadonlySet<string>,
  span: (month: number) => { x: number; width: number },
): Set<string> {
  const spansOfRow = new Map<number, { x: number; width: number }[]>();
  for (const cell of inCells) {
    const [row, month] = cell.split('|').map(Number) as [number, number];
    const list = spansOfRow.get(row) ?? [];
    list.push(span(month));
    spansOfRow.set(row, list);
  }
  for (const list of spansOfRow.values()) list.sort((a, b) => a.x - b.x);
  const covering = new Set<string>();
  dots.forEach((d, i) => {
    if (Number.isNaN(ys[i]!)) return;
    const spans = spansOfRow.get(d.row);
    if (!spans) return;
    // The last span that begins left of the dot's right edge.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.x < d.cx + MARK_R) lo = mid + 1;
      else hi = mid;
    }
    const last = spans[lo - 1];
    if (last && d.cx - MARK_R < last.x + last.width) covering.add(d.cell);
  });
  return covering;
}

/** A cell per crowded month (of the events' first day) of a row, shaded by how many events it holds. */
function monthCells(
  dots: readonly Dot[],
  rowAt: (row: number) => ChartRow,
  span: (month: number) => { x: number; width: number },
  monthUrl: (month: string) => string,
): ChartCell[] {
  const counts = new Map<string, { row: number; month: number; count: number; only: ChartEvent }>();
  for (const { e, row, month, cell } of dots) {
    const found = counts.get(cell);
    if (found) found.count++;
    else counts.set(cell, { row, month, count: 1, only: e });
  }
  const most = Math.max(1, ...[...counts.values()].map((c) => c.count));
  return [...counts.values()]
    .sort((a, b) => a.row - b.row || a.month - b.month)
    .map(({ row, month, count, only }) => {
      const r = rowAt(row);
      const { x, width } = span(month);
      const key = monthKey(new Date(month));
      return {
        x: round(x),
        y: round(r.y - CELL_HEIGHT / 2),
        width: round(width),
        height: CELL_HEIGHT,
        count,
        level: Math.max(1, Math.ceil((count / most) * CELL_LEVELS)),
        // A month with one event leads to the event itself.
        url: count === 1 ? only.url : monthUrl(key),
        label: count === 1 ? markLabel(only) : `${r.label}, ${monthName(new Date(month))}: ${count} events`,
      };
    });
}

/** Drops small groups of events cut off from the rest by a long gap at either end, so they do not squeeze the chart. */
function withoutOutliers(events: readonly ChartEvent[]): { kept: readonly ChartEvent[]; leftOut: TimelineChart['leftOut'] } {
  const sorted = sortedByText(events, (e) => e.start);
  let lo = 0;
  let hi = sorted.length - 1;
  const limit = Math.floor(sorted.length * OUTLIER_SHARE);
  for (let i = 0; i < hi && i < limit; i++) {
    if (monthsApart(sorted[i]!.end, sorted[i + 1]!.start) > OUTLIER_GAP) lo = i + 1;
  }
  for (let i = sorted.length - 1; i > lo && sorted.length - i <= limit; i--) {
    if (monthsApart(sorted[i - 1]!.end, sorted[i]!.start) > OUTLIER_GAP) hi = i - 1;
  }
  if (lo === 0 && hi === sorted.length - 1) return { kept: events, leftOut: null };
  const kept = new Set(sorted.slice(lo, hi + 1));
  const out = sorted.filter((e) => !kept.has(e));
  return { kept: events.filter((e) => kept.has(e)), leftOut: { count: out.length, from: out[0]!.start.slice(0, 4), to: out.at(-1)!.end.slice(0, 4) } };
}

/** Calendar months from one ISO day's month to another's (negative when the second comes first). */
function monthsApart(first: string, second: string): number {
  return utcMonth.count(monthOf(first), monthOf(second));
}
