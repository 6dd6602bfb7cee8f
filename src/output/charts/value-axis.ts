/**
 * A figures chart's value axis: linear from zero to a round number, or logarithmic between
 * powers of ten when the figures differ more than twentyfold, with its ticks.
 */

/** Where a figure sits on the axis, from 0 (bottom) to 1 (top). */
export interface ValueAxis {
  readonly log: boolean;
  readonly scale: (value: number) => number;
  /** The values the axis marks, bottom first. */
  readonly ticks: readonly number[];
}

/**
 * The axis for figures from `low` to `high` (both above zero).
 * @example valueAxis(5, 1000).ticks // [1, 10, 100, 1000]
 * @example valueAxis(30, 52).ticks // [0, 20, 40, 60, 80, 100]
 */
export function valueAxis(low: number, high: number): ValueAxis {
  // A log scale when figures differ by more than twentyfold, so that 5 and 1,000 are both readable.
  const log = high / low > 20;
  const lo = log ? 10 ** Math.floor(Math.log10(low)) : 0;
  const hi = log ? 10 ** Math.ceil(Math.log10(high)) : niceCeiling(high);
  const scale = (v: number): number => (log ? (Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo)) : (v - lo) / (hi - lo));
  const ticks: number[] = [];
  if (log) for (let v = lo; v <= hi; v *= 10) ticks.push(v);
  else {
    // 1, 5 or 10 times a power of ten splits into fifths, 2 into quarters: round tick values either way.
    const steps = Math.round(hi / 10 ** Math.floor(Math.log10(hi))) === 2 ? 4 : 5;
    for (let i = 0; i <= steps; i++) ticks.push((hi * i) / steps);
  }
  return { log, scale, ticks };
}

/** The next round number at or above n: 1, 2 or 5 times a power of ten. */
function niceCeiling(n: number): number {
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}
