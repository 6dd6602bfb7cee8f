/** Claims as the points of a figures chart: the part of a claim's row the chart needs. */
import type { ClaimView } from '../claim-view.ts';
import type { FigurePoint } from '../charts/figures-chart.ts';

/**
 * The claims that have a number and a day, as points of a figures chart.
 * @example figurePoints([claim]).length // 1 when the claim has a value and a date or publication day
 */
export function figurePoints(claims: readonly ClaimView[]): FigurePoint[] {
  return claims.map(figurePoint).filter((x): x is FigurePoint => !!x);
}

/** A claim as a point of a figures chart; null when it has no number or no day. */
function figurePoint(c: ClaimView): FigurePoint | null {
  const day = c.start ?? c.publishedIso;
  if (c.value === null || !day) return null;
  return {
    value: c.value,
    figure: c.figure,
    what: c.what,
    category: c.category,
    day,
    dateLabel: c.date ?? c.published,
    source: c.source?.name ?? null,
    claimant: c.claimant?.name ?? null,
    url: c.quoteUrl,
  };
}
