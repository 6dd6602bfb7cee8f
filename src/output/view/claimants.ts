/** The claimant pages: who said what, carried by which outlets, about which events. */
import { figureCharts } from '../charts/figures-chart.ts';
import { groupByEach } from '../../group-by.ts';
import { PAGE_SIZE, pagedLists } from '../paging.ts';
import type { ViewContext } from './context.ts';
import { type Keep, KEEP_NOTHING } from './keep.ts';
import { figurePoints } from './figure-points.ts';
import type { ClaimantPage, ClaimantView } from './types.ts';

/**
 * Every claimant as its page shows it, in the data's order; its figures in date order.
 * @example claimantViews(ctx)[0]?.sources[0]?.name // 'RT'
 */
export function claimantViews({ data, links, claimsById, keep }: ViewContext): ClaimantView[] {
  const claimsByClaimant = groupByEach(data.claims, (c) => (c.claimant ? [c.claimant] : []));
  return data.claimants.map((c) => {
    const said = claimsByClaimant.get(c.id) ?? [];
    const claims = [...said].sort((x, y) => (x.date?.start ?? '').localeCompare(y.date?.start ?? '')).map((x) => claimsById.get(x.id)!);
    const sourceIds = [...new Set(claims.map((x) => x.source?.id).filter((x): x is string => !!x))];
    const eventIds = [...new Set(said.filter((x) => x.event).map((x) => x.event!))];
    const link = links.claimant(c.id);
    const sources = sourceIds.map(links.source);
    const events = eventIds.map(links.event);
    const figures = keep.keep(`claimant-figures:${c.id}`, [claims], () => figureCharts(figurePoints(claims)));
    return keep.keep(`claimant:${c.id}`, [link, c.aliases, claims, sources, events, figures], () => ({
      ...link,
      aliases: c.aliases,
      claims,
      sources,
      events,
      figureCharts: figures,
    }));
  });
}

/**
 * Every page of every claimant: page k shows chunk k of its events and of its figures.
 * @example claimantPages(claimants)[0]?.url // '/claimants/sohr/'
 */
export function claimantPages(claimants: readonly ClaimantView[], keep: Keep = KEEP_NOTHING): ClaimantPage[] {
  return claimants.flatMap((claimant) =>
    keep.keep(`claimant-pages:${claimant.id}`, [claimant], () =>
      pagedLists(claimant.url, {
        events: [claimant.events, PAGE_SIZE.events],
        claims: [claimant.claims, PAGE_SIZE.claims],
      }).map((page) => ({ ...page, claimant })),
    ),
  );
}
