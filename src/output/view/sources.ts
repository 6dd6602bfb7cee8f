/**
 * The outlet pages: an outlet's articles, events and figures, and where it stands with,
 * alone or against the others.
 */
import { groupBy, groupByEach } from '../../group-by.ts';
import { aloneFigureIds, standingOf } from '../compare.ts';
import { PAGE_SIZE, pagedByPeriod } from '../paging.ts';
import type { Comparisons } from './comparisons.ts';
import type { ViewContext } from './context.ts';
import { type Keep, KEEP_NOTHING } from './keep.ts';
import { articleDay, claimDay, disagreementDay, eventDay, groupDay } from './period-days.ts';
import type { ArticleView, EventView, SourcePage, SourceView } from './types.ts';

/**
 * Every outlet as its page shows it, in the data's order.
 * @example sourceViews(ctx, articles, events, comparisons(ctx))[0]?.standing.shared.length // 4
 */
export function sourceViews(
  { data, links, claimsById, keep }: ViewContext,
  articles: readonly ArticleView[],
  events: readonly EventView[],
  { groups, disagreements, eventOf }: Comparisons,
): SourceView[] {
  // The figures no other outlet counted, worked out an event at a time (figures of two events never
  // meet) and kept while the event's claim records are the same: a save adds an event or two.
  const aloneIn = new Map<string, ReadonlySet<string>>();
  for (const [event, records] of groupBy(data.claims, (c) => String(c.event))) {
    const alone = keep.part('alone', event, [records], () =>
      aloneFigureIds(
        records.map((c) => claimsById.get(c.id)!),
        eventOf,
      ),
    );
    aloneIn.set(event, alone);
  }
  const articlesBySource = groupByEach(articles, (a) => (a.source ? [a.source.id] : []));
  const claimsBySource = groupBy(
    data.claims.filter((c) => c.source),
    (c) => c.source!,
  );
  const eventsBySource = groupByEach(data.events, (e) => e.sources);
  const eventViewsBySource = groupByEach(events, (e) => e.outlets.map((o) => o.id));
  // An outlet's standing is read from the groups and disagreements it is in, not from all of them.
  const groupsBySource = groupByEach(groups, (g) => [g.first, ...g.later].flatMap((r) => (r.claim.source ? [r.claim.source.id] : [])));
  const disagreementsBySource = groupByEach(disagreements, (d) => d.versions.flatMap((v) => v.sources));
  return data.sources.map((s) => {
    const claims = (claimsBySource.get(s.id) ?? []).map((c) => claimsById.get(c.id)!);
    const link = links.source(s.id);
    const groupsOf = groupsBySource.get(s.id) ?? [];
    const disagreementsOf = disagreementsBySource.get(s.id) ?? [];
    // Its standing reads its groups, its disagreements and which of its figures stand alone: made again when any of them changed.
    const aloneOf = claims.filter((c) => c.value !== null && !!aloneIn.get(String(eventOf(c.id)))?.has(c.id));
    const standing = keep.part('standing', s.id, [groupsOf, disagreementsOf, aloneOf], () =>
      standingOf(s.id, claims, groupsOf, disagreementsOf, eventOf, new Set(aloneOf.map((c) => c.id))),
    );
    const own = {
      articles: articlesBySource.get(s.id) ?? [],
      claims,
      events: (eventsBySource.get(s.id) ?? []).map((e) => links.event(e.id)),
      eventViews: eventViewsBySource.get(s.id) ?? [],
      standing,
    };
    // The outlet's part is kept when its lists and standing are the same.
    const { shared, alone, against } = own.standing;
    return keep.part('source', s.id, [link, own.articles, claims, own.events, own.eventViews, shared, alone, against], () => ({ ...link, ...own }));
  });
}

/**
 * Every page of every outlet: one when its lists are short, else its own page and a page per
 * period of its standing lists, events, articles and figures.
 * @example sourcePages(sources)[0]?.url // '/sources/rt/'
 */
export function sourcePages(sources: readonly SourceView[], keep: Keep = KEEP_NOTHING): SourcePage[] {
  return sources.flatMap((source) => {
    // The pages are kept by the lists alone (see placePages): an outlet is made again whenever its
    // standing is, and its lists that did not change keep their pages.
    const { shared, against, alone } = source.standing;
    const lists = keep.part('source-lists', source.id, [source.url, shared, against, alone, source.eventViews, source.articles, source.claims], () =>
      pagedByPeriod(
        source.url,
        {
          shared: { items: shared, size: PAGE_SIZE.standing, dayOf: groupDay },
          against: { items: against, size: PAGE_SIZE.standing, dayOf: disagreementDay },
          alone: { items: alone, size: PAGE_SIZE.standing, dayOf: claimDay },
          events: { items: source.eventViews, size: PAGE_SIZE.events, dayOf: eventDay },
          articles: { items: source.articles, size: PAGE_SIZE.articles, dayOf: articleDay },
          claims: { items: source.claims, size: PAGE_SIZE.claims, dayOf: claimDay },
        },
        { chunks: { keep, kind: 'source', id: source.id } },
      ),
    );
    return keep.part('source-pages', source.id, [source], () => lists.map((page) => ({ ...page, source })));
  });
}
