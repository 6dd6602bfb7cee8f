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
  const days = [...data.articles.map((a) => a.published), ...data.events.map((e) => e.date.end)].filter((d): d is string => !!d).sort();
  return days.at(-1) ?? null;
}
