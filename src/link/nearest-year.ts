/**
 * The year of a day written without one ("TEHRAN, Aug. 9"): the one that puts it nearest
 * the days other reports of the collection state.
 */
import { dayNumber, isRealDay, partsOf } from '../lexicon/calendar.ts';

/**
 * The day of a month and day in the year that puts it nearest one of the given days
 * (sorted, unique): tried in each year they hold and the years either side.
 * @example nearestYear(8, 9, [dayNumber(2018, 8, 10)]) // dayNumber(2018, 8, 9)
 */
export function nearestYear(month: number, day: number, near: readonly number[]): number | null {
  let best: number | null = null;
  let bestGap = Infinity;
  const years = new Set(near.map((n) => partsOf(n).year));
  for (const year of years) {
    for (const y of [year - 1, year, year + 1]) {
      if (!isRealDay(y, month, day)) continue;
      const d = dayNumber(y, month, day);
      const gap = gapToNearest(d, near);
      if (gap < bestGap || (gap === bestGap && best !== null && d < best)) [best, bestGap] = [d, gap];
    }
  }
  return best;
}

/** Days from `d` to the nearest of the sorted days (binary search). */
function gapToNearest(d: number, sorted: readonly number[]): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < d) lo = mid + 1;
    else hi = mid;
  }
  const after = sorted[lo];
  const before = sorted[lo - 1];
  return Math.min(after === undefined ? Infinity : after - d, before === undefined ? Infinity : d - before);
}
