/**
 * The site's view of the timeline data: everything the templates show, prepared page kind
 * by page kind (one file each beside this one). Templates only present what is made here.
 */
import type { TimelineData } from '../../model/schema.ts';
import type { AboutPage } from '../about-page.ts';
import { articlePages, articleViews } from './articles.ts';
import { claimantPages, claimantViews } from './claimants.ts';
import { comparisons } from './comparisons.ts';
import { viewContext } from './context.ts';
import { eventViews } from './events.ts';
import { placePages, placeViews } from './places.ts';
import { sourcePages, sourceViews } from './sources.ts';
import { lastDay, siteCounts } from './summary.ts';
import { timelineView } from './timeline.ts';
import { type Keep, KEEP_NOTHING } from './keep.ts';
import type { SiteView } from './types.ts';

export type * from './types.ts';

/**
 * Prepares everything the pages show from the timeline data (and the user's About page, if any).
 * A long-running process passes a keeper (ViewKeeper, begun for this build): the parts made from
 * the same values as in its build before are that build's objects.
 * @example buildView(data).months[0]?.label // 'March 2016'
 */
export function buildView(data: TimelineData, about: AboutPage | null = null, keep: Keep = KEEP_NOTHING): SiteView {
  const ctx = viewContext(data, keep);
  const compared = comparisons(ctx);
  const articles = articleViews(ctx);
  const events = eventViews(ctx, compared);
  const timeline = timelineView(events, keep);
  const sources = sourceViews(ctx, articles, events, compared);
  const { places, mapBase, map } = placeViews(ctx, events);
  const claimants = claimantViews(ctx);
  return {
    months: timeline.months,
    events,
    articles,
    sources,
    places,
    claimants,
    placePages: placePages(places, articles, keep),
    sourcePages: sourcePages(sources, keep),
    claimantPages: claimantPages(claimants, events, keep),
    articlePages: articlePages(articles),
    years: timeline.years,
    yearPages: timeline.years,
    chart: timeline.chart,
    mapBase,
    map,
    updated: lastDay(data),
    counts: siteCounts(data),
    diagnostics: data.diagnostics,
    about,
  };
}
