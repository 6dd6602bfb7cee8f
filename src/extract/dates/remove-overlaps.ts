/**
 * Keeps one reading where readings overlap: the longer one ("in May last year"
 * over "May" and "last year"), and on equal length the news rules' reading over
 * chrono's ("last night" is two days, not one).
 */
import type { DateCandidate, Refiner } from './candidate.ts';

/**
 * The candidates that no longer or preferred candidate overlaps, in text order.
 * @example removeOverlaps([may, lastYear, mayLastYear], ctx) // [mayLastYear]
 */
export const removeOverlaps: Refiner = (candidates) => {
  const ranked = [...candidates].sort(
    (a, b) => length(b) - length(a) || rank(a) - rank(b) || a.span[0] - b.span[0],
  );
  const kept: DateCandidate[] = [];
  for (const c of ranked) {
    if (!kept.some((k) => k.span[0] < c.span[1] && c.span[0] < k.span[1])) kept.push(c);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
};

const length = (c: DateCandidate): number => c.span[1] - c.span[0];
const rank = (c: DateCandidate): number => (c.origin === 'rule' ? 0 : 1);
