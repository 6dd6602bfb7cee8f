/**
 * Keeps one reading where readings overlap: the longer one ("in May last year"
 * over "May" and "last year"), and on equal length the news rules' reading over
 * chrono's ("last night" is two days, not one).
 */
import type { DateCandidate, Refiner } from './candidate.ts';

/**
 * The candidates that no longer or preferred candidate overlaps, in text order.
 * The stretches between the candidates' ends that the kept ones cover are marked, so
 * each candidate is checked against its own span, not against every kept one (that was
 * quadratic on a text of dates). Marking stretches between ends, not characters, keeps
 * the marks as few as the candidates: one article's characters were a 20 kB array.
 * @example removeOverlaps([may, lastYear, mayLastYear], ctx) // [mayLastYear]
 */
export const removeOverlaps: Refiner = (candidates) => {
  const ranked = [...candidates].sort((a, b) => length(b) - length(a) || rank(a) - rank(b) || a.span[0] - b.span[0]);
  const ends = spanEnds(candidates);
  // Which kept candidate (counted from 1) covers each stretch from one end to the next; 0 where none does.
  // A kept span starts and ends at ends, so each stretch is covered whole or not at all.
  const covered = new Int32Array(Math.max(0, ends.length - 1));
  const kept: DateCandidate[] = [];
  for (const c of ranked) {
    const [s, e] = [indexOf(ends, c.span[0]), indexOf(ends, c.span[1])];
    // An empty span overlaps only a kept one that runs across it (the stretches on both sides of it).
    const overlaps = s === e ? s > 0 && covered[s - 1] !== 0 && covered[s - 1] === covered[s] : anyCovered(covered, s, e);
    if (overlaps) continue;
    kept.push(c);
    covered.fill(kept.length, s, e);
  }
  return kept.sort((a, b) => a.span[0] - b.span[0]);
};

/** The distinct starts and ends of the candidates' spans, in order. */
function spanEnds(candidates: readonly DateCandidate[]): number[] {
  const all: number[] = [];
  for (const c of candidates) all.push(c.span[0], c.span[1]);
  all.sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of all) if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  return out;
}

/** Where `x`, one of them, stands in the sorted distinct `ends`. */
function indexOf(ends: readonly number[], x: number): number {
  let lo = 0;
  let hi = ends.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((ends[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a kept candidate covers a stretch of [s, e). */
function anyCovered(covered: Int32Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (covered[i] !== 0) return true;
  return false;
}

const length = (c: DateCandidate): number => c.span[1] - c.span[0];
const rank = (c: DateCandidate): number => (c.origin === 'rule' ? 0 : 1);
