import type { ArticleClaim } from '../model/types.ts';

/** Smaller counts ("two children", "three strikes") recur in unrelated reports: they prove nothing. */
const MIN_TELLING_VALUE = 5;
/** One shared figure this large is as telling as two smaller ones. */
const DISTINCT_VALUE = 20;

/** A figure as evidence: what it counts and how many, and whose it is (the body its claimant speaks for). */
export interface FigureMark {
  readonly key: string;
  readonly value: number;
  readonly root: string | null;
}

/**
 * The figures of a report that can tell two reports are of one happening: a count of at
 * least MIN_TELLING_VALUE, by category and value, with the body that claims it.
 * @example figureMarks([claim(figure(64, 'strikes', 'air strikes'), 'ru-mod')], (id) => id)[0]?.key // 'strikes:64'
 */
export function figureMarks(claims: readonly ArticleClaim[], rootOf: (id: string) => string): FigureMark[] {
  const out: FigureMark[] = [];
  for (const c of claims) {
    const value = c.figure.value;
    if (value === null || value < MIN_TELLING_VALUE) continue;
    out.push({ key: `${c.figure.category}:${value}`, value, root: c.claimant ? rootOf(c.claimant.id) : null });
  }
  return out;
}

/** An event's figures by key, each with the bodies that claim it (null: stated as the outlet's own). */
export type FigureBag = Map<string, Set<string | null>>;

/** Adds a report's figures to an event's. */
export function addMarks(bag: FigureBag, marks: readonly FigureMark[]): void {
  for (const m of marks) {
    const roots = bag.get(m.key);
    if (roots) roots.add(m.root);
    else bag.set(m.key, new Set([m.root]));
  }
}

/**
 * How strongly a report's figures say it is of an event: the figures they share (same
 * count of the same thing), where a large one counts double. Outlets carry the same toll of the same strike, so shared figures are strong
 * evidence.
 * @example figureEvidence([{ key: 'killed:300', value: 300, root: 'russia' }], new Map([['killed:300', new Set([null])]])) // 2
 */
export function figureEvidence(report: readonly FigureMark[], event: FigureBag): number {
  let score = 0;
  // A report has a handful of figures: a list is cheaper than a set.
  const seen: string[] = [];
  for (const m of report) {
    if (seen.includes(m.key)) continue;
    const roots = event.get(m.key);
    // Whoever gives it: two parties seldom give the very same count of the same thing about different happenings.
    if (roots) {
      seen.push(m.key);
      score += isLarge(m) ? 2 : 1;
    }
  }
  return score;
}

/** True for a figure large enough to be telling on its own. */
export function isLarge(m: FigureMark): boolean {
  return m.value >= DISTINCT_VALUE;
}

/** Evidence enough to link reports that place and date alone would not (two figures, or one large one). */
export const STRONG_EVIDENCE = 2;
