/** What the whole collection adds up to: its counts, and the latest day it speaks of. */
import type { TimelineData } from '../../model/schema.ts';
import type { SiteCounts } from './types.ts';

/**
 * How many of each thing the collection holds; warnings are the problems that are not notes.
 * @example siteCounts(data).events // 12
 */
export function siteCounts(data: TimelineData): SiteCounts {
  return {
    articles: data.articles.length,
    events: data.events.length,
    claims: data.claims.length,
    sources: data.sources.length,
    places: data.places.length,
    claimants: data.claimants.length,
    warnings: data.diagnostics.filter((d) => d.severity !== 'info').length,
  };
}

/**
 * Latest day the data speaks of (publication or event), for feeds; null when empty.
 * @example lastDay(data) // '2017-03-02'
 */
export function lastDay(data: TimelineData): string | null {
  // The last in sort order, found in one pass (`>` orders strings as `sort()` does).
  let last: string | null = null;
  for (const a of data.articles) if (a.published && (last === null || a.published > last)) last = a.published;
  for (const e of data.events) if (e.date.end && (last === null || e.date.end > last)) last = e.date.end;
  return last;
}
