/** The claimant pages: who said what, carried by which outlets, about which events. */
import type { ClaimRecord } from '../../model/schema.ts';
import { figureCharts } from '../charts/figures-chart.ts';
import { groupBy } from '../../group-by.ts';
import { PAGE_SIZE, pagedByPeriod } from '../paging.ts';
import { sortedByText } from '../sorted-by.ts';
import type { ViewContext } from './context.ts';
import { type Keep, KEEP_NOTHING } from './keep.ts';
import { figurePoints } from './figure-points.ts';
import { claimDay, eventDay } from './period-days.ts';
import type { ClaimantPage, ClaimantView, EventView } from './types.ts';

/**
 * Every claimant as its page shows it, in the data's order; its figures in date order.
 * @example claimantViews(ctx)[0]?.sources[0]?.name // 'RT'
 */
export function claimantViews({ data, links, claimsById, keep }: ViewContext): ClaimantView[] {
  const claimsByClaimant = groupBy(
    data.claims.filter((c) => c.claimant),
    (c) => c.claimant!,
  );
  const dayOf = (x: ClaimRecord): string => x.date?.start ?? '';
  return data.claimants.map((c) => {
    const said = claimsByClaimant.get(c.id) ?? [];
    // A claimant's figures in date order, sorted again only when they are not the same records as last build
    // (its own days ranked among themselves sort as they do among every claim's).
    const sorted = keep.part('claimant-said', c.id, [said], () => sortedByText(said, dayOf));
    const claims = sorted.map((x) => claimsById.get(x.id)!);
    // The outlets that carried its figures (in date order) and the events they are about, read from the same records.
    const { sourceIds, eventIds } = keep.part('claimant-ids', c.id, [said], () => ({
      sourceIds: [...new Set(sorted.map((x) => x.source).filter((x): x is string => !!x))],
      eventIds: [...new Set(said.filter((x) => x.event).map((x) => x.event!))],
    }));
    const link = links.claimant(c.id);
    const sources = sourceIds.map(links.source);
    const events = eventIds.map(links.event);
    const figures = keep.part('claimant-figures', c.id, [claims], () => figureCharts(figurePoints(claims)));
    return keep.part('claimant', c.id, [link, c.aliases, claims, sources, events, figures], () => ({
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
 * Every page of every claimant: one when its lists are short, else its own page and a page per
 * period of the events it spoke about (by their dates; `events` are the site's) and of its figures.
 * @example claimantPages(claimants, events)[0]?.url // '/claimants/sohr/'
 */
export function claimantPages(claimants: readonly ClaimantView[], events: readonly EventView[], keep: Keep = KEEP_NOTHING): ClaimantPage[] {
  let days: Map<string, string | null> | null = null;
  const dayOf = (id: string): string | null => (days ??= new Map(events.map((e) => [e.id, eventDay(e)]))).get(id) ?? null;
  return claimants.flatMap((claimant) => {
    // The days of its events, which its links do not hold: a day that changes changes the pages.
    const eventDays = claimant.events.map((e) => dayOf(e.id));
    // The pages are kept by the lists alone (see placePages).
    const lists = keep.part('claimant-lists', claimant.id, [claimant.url, claimant.events, claimant.claims, ...eventDays], () =>
      pagedByPeriod(
        claimant.url,
        {
          events: { items: claimant.events, size: PAGE_SIZE.events, dayOf: (_, i) => eventDays[i] ?? null },
          claims: { items: claimant.claims, size: PAGE_SIZE.claims, dayOf: claimDay },
        },
        { chunks: { keep, kind: 'claimant', id: claimant.id } },
      ),
    );
    return keep.part('claimant-pages', claimant.id, [claimant], () => lists.map((page) => ({ ...page, claimant })));
  });
}
