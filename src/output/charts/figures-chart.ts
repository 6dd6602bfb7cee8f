/**
 * Small charts of claimed figures over time (one per category: killed,
 * strikes...), marks coloured by the outlet that carried them, each linked to
 * the sentence it was read from. Geometry only; templates draw the SVG.
 */
import { maxOf, minOf } from '../../long-arrays.ts';
import { categoryRank } from '../../model/enums.ts';
import { dayStart, dayTicks, paddedDays, timeScale } from './time-axis.ts';
import { valueAxis } from './value-axis.ts';

/** What the chart needs to know about one claim. */
export interface FigurePoint {
  readonly value: number;
  readonly figure: string;
  readonly what: string;
  readonly category: string;
  /** ISO day: the claim's own date, else the article's publication day. */
  readonly day: string;
  readonly dateLabel: string;
  readonly source: string | null;
  readonly claimant: string | null;
  readonly url: string;
}

export interface FigureMark {
  readonly x: number;
  readonly y: number;
  readonly url: string;
  readonly label: string;
  readonly colour: number;
}

export interface FigureChart {
  readonly category: string;
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
  readonly log: boolean;
  readonly yTicks: readonly { y: number; label: string }[];
  readonly xTicks: readonly { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
  readonly marks: readonly FigureMark[];
  readonly legend: readonly { name: string; colour: number }[];
  /** How many figures the chart stands for, when it draws fewer marks than that (see MAX_MARKS); else null. */
  readonly figures: number | null;
  /** What the colours stand for: the outlet that carried a figure, or the party whose series it is. */
  readonly colouredBy: 'outlet' | 'party';
  /** With `series`: each party's figures joined in time order (SVG polyline points). */
  readonly lines: readonly { readonly points: string; readonly colour: number }[];
}

export interface FigureChartOptions {
  readonly maxCharts?: number;
  /** Each `source` is a party whose figures form a series in time: colour by party and join its marks. */
  readonly series?: boolean;
}

const WIDTH = 440;
const HEIGHT = 180;
const LEFT = 58;
const RIGHT = 20;
const TOP = 14;
const BOTTOM = 34;
const PALETTE_SIZE = 6;
const UNKNOWN_SOURCE = 'unknown outlet';
/**
 * Above this many figures a chart draws, for each stretch of STRETCH_PX pixels, only the lowest
 * and the highest figure (each still linked to its sentence): thousands of marks on 440 pixels
 * hide one another and made a claimant's page tens of megabytes.
 */
const MAX_MARKS = 400;
const STRETCH_PX = 4;

const round = (n: number): number => Math.round(n * 10) / 10;
/** Made once: toLocaleString with options makes a formatter at every call (34 µs; the view made thousands). */
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const niceNumber = (n: number): string => ONE_DECIMAL.format(n);

/**
 * One chart per category that has figures, busiest categories first (ties in reading order).
 * @example figureCharts([{ value: 300, figure: '300', what: 'militants', category: 'killed', day: '2016-12-11', dateLabel: '11 Dec 2016', source: 'RT', claimant: null, url: '/articles/a/#c1' }])[0]?.category // 'killed'
 */
export function figureCharts(points: readonly FigurePoint[], options: FigureChartOptions = {}): FigureChart[] {
  const usable = points.filter((p) => Number.isFinite(p.value) && p.value > 0);
  if (!usable.length) return [];
  const sources = [...new Set(usable.map((p) => p.source ?? UNKNOWN_SOURCE))];
  const colourOf = new Map(sources.map((s, i) => [s, i % PALETTE_SIZE]));
  const categories = [...new Set(usable.map((p) => p.category))].sort((a, b) => categoryRank(a) - categoryRank(b));
  return categories.slice(0, options.maxCharts ?? 3).map((category) =>
    chartOf(
      category,
      usable.filter((p) => p.category === category),
      colourOf,
      options.series ?? false,
    ),
  );
}

function chartOf(category: string, all: readonly FigurePoint[], colourOf: ReadonlyMap<string, number>, series: boolean): FigureChart {
  const [first, last] = paddedDays(all.map((p) => dayStart(p.day)));
  const values = all.map((p) => p.value);
  const { log, scale, ticks } = valueAxis(minOf(values), maxOf(values));
  const y = (v: number): number => round(HEIGHT - BOTTOM - scale(v) * (HEIGHT - BOTTOM - TOP));
  const time = timeScale(first, last, LEFT, WIDTH - RIGHT);
  const x = (at: Date): number => round(time(at));

  const yTicks = ticks.map((v) => ({ y: y(v), label: niceNumber(v) }));
  const xTicks = dayTicks(first, last).map((t) => ({ x: x(t.at), label: t.label, anchor: t.anchor }));

  const points = all.length > MAX_MARKS ? extremesPerStretch(all, (p) => x(dayStart(p.day))) : all;
  const days = points.map((p) => dayStart(p.day));
  // Identical (day, value) pairs are nudged sideways so every mark stays visible.
  const seen = new Map<string, number>();
  const marks = points.map((p, i) => {
    const key = `${p.day}|${p.value}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const source = p.source ?? UNKNOWN_SOURCE;
    const who = p.claimant ? `, says ${p.claimant}` : '';
    return {
      x: round(x(days[i] ?? first) + (n % 2 ? 1 : -1) * Math.ceil(n / 2) * 7),
      y: y(p.value),
      url: p.url,
      label: `${p.figure} ${p.what} (${p.category}), ${p.dateLabel}${who}, reported by ${source}`,
      colour: colourOf.get(source) ?? 0,
    };
  });
  const legend = [...new Set(points.map((p) => p.source ?? UNKNOWN_SOURCE))].map((name) => ({ name, colour: colourOf.get(name) ?? 0 }));
  const figures = points.length < all.length ? all.length : null;
  const lines = series ? seriesLines(points, marks, (p) => colourOf.get(p.source ?? UNKNOWN_SOURCE) ?? 0) : [];
  return {
    category,
    width: WIDTH,
    height: HEIGHT,
    left: LEFT,
    right: WIDTH - RIGHT,
    top: TOP,
    bottom: HEIGHT - BOTTOM,
    log,
    yTicks,
    xTicks,
    marks,
    legend,
    figures,
    colouredBy: series ? 'party' : 'outlet',
    lines,
  };
}

/** Each party's marks joined left to right, where it has more than one. */
function seriesLines(points: readonly FigurePoint[], marks: readonly FigureMark[], colour: (p: FigurePoint) => number): { points: string; colour: number }[] {
  const byParty = new Map<string, FigureMark[]>();
  points.forEach((p, i) => {
    const key = p.source ?? UNKNOWN_SOURCE;
    const list = byParty.get(key);
    if (list) list.push(marks[i]!);
    else byParty.set(key, [marks[i]!]);
  });
  return [...byParty.entries()]
    .filter(([, ms]) => ms.length > 1)
    .map(([party, ms]) => ({
      points: [...ms]
        .sort((a, b) => a.x - b.x || a.y - b.y)
        .map((m) => `${m.x},${m.y}`)
        .join(' '),
      colour: colour(points.find((p) => (p.source ?? UNKNOWN_SOURCE) === party)!),
    }));
}

/** The lowest and the highest figure of each stretch of STRETCH_PX pixels, in the order they came. */
function extremesPerStretch(points: readonly FigurePoint[], xOf: (p: FigurePoint) => number): FigurePoint[] {
  const stretches = new Map<number, { low: FigurePoint; high: FigurePoint }>();
  for (const p of points) {
    const k = Math.floor(xOf(p) / STRETCH_PX);
    const s = stretches.get(k);
    if (!s) stretches.set(k, { low: p, high: p });
    else {
      if (p.value < s.low.value) s.low = p;
      if (p.value > s.high.value) s.high = p;
    }
  }
  const kept = new Set([...stretches.values()].flatMap((s) => [s.low, s.high]));
  return points.filter((p) => kept.has(p));
}
