/**
 * Keeps one reading where readings overlap: the longer one ("in May last year"
 * over "May" and "last year"), and on equal length the news rules' reading over
 * chrono's ("last night" is two days, not one).
 */
import type { DateCandidate, Refiner } from './candidate.ts';

/**
 * The candidates that no longer or preferred candidate overlaps, in text order.
 * The characters the kept ones cover are marked, so each candidate is checked against
 * its own span, not against every kept one (that was quadratic on a text of dates).
 * @example removeOverlaps([may, lastYear, mayLastYear], ctx) // [mayLastYear]
 */
export const removeOverlaps: Refiner = (candidates) => {
  const ranked = [...candidates].sort((a, b) => length(b) - length(a) || rank(a) - rank(b) || a.span[0] - b.span[0]);
  let from = Infinity;
  let to = 0;
  for (const c of candidates) {
    from = Math.min(from, c.span[0]);
    to = Math.max(to, c.span[1]);
  }
  // Which kept candidate (counted from 1) covers each character; 0 where none does.
  const covered = new Int32Array(Math.max(0, to - from));
  const kept: DateCandidate[] = [];
  for (const c of ranked) {
    const [s, e] = [c.span[0] - from, c.span[1] - from];
    // An empty span overlaps only a kept one that runs across it.
    const overlaps = s === e ? s > 0 && covered[s - 1] !== 0 && covered[s - 1] === covered[s] : anyCovered(covered, s, e);
    if (overlaps) continue;
    kept.push(c);
    covered.fill(kept.length, s, e);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
};

/** Whether a kept candidate covers a character of [s, e). */
function anyCovered(covered: Int32Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (covered[i] !== 0) return true;
  return false;
}

const length = (c: DateCandidate): number => c.span[1] - c.span[0];
const rank = (c: DateCandidate): number => (c.origin === 'rule' ? 0 : 1);
