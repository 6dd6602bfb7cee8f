/**
 * The event pages: what happened, when and where, the reports it rests on, and its figures
 * compared (a table by outlet, who carried what first, disagreements, tolls, its grade).
 */
import { groupBy } from '../../group-by.ts';
import type { EventRecord } from '../../model/schema.ts';
import { figureTable } from '../compare.ts';
import { datetimeOf, formatDay, formatRange } from '../format.ts';
import { eventGrade, tollViews } from '../tolls.ts';
import { eventUrl } from '../urls.ts';
import type { Comparisons } from './comparisons.ts';
import type { ViewContext } from './context.ts';
import type { ClaimView, EventView, Link, ReportView } from './types.ts';

/** Figures shown on an event's card: the first few, one per group. */
const KEY_FIGURES = 4;

/**
 * Every event as its page shows it, in the data's order.
 * @example eventViews(ctx, comparisons(ctx))[0]?.grade.text // 'Two outlets; their figures agree'
 */
export function eventViews(ctx: ViewContext, { groups, disagreements, eventOf }: Comparisons): EventView[] {
  const { data, links } = ctx;
  // Indexes built once: each event takes its share without scanning everything.
  const disagreementsIn = groupBy(disagreements, (d) => d.event);
  const groupsIn = groupBy(groups, (g) => eventOf(g.first.claim.id) ?? '');
  // An unattributed figure is counted with the party whose group it joined.
  const claimantOfGroup = new Map(data.groups.map((g) => [g.id, g.claimant]));
  const partyOfGroup = (group: string): Link | null => {
    const id = claimantOfGroup.get(group);
    return id ? links.claimant(id) : null;
  };
  return data.events.map((e) => {
    const found = disagreementsIn.get(e.id) ?? [];
    // A set of its claims only when it has groups to test against them.
    const candidates = groupsIn.get(e.id);
    const inEvent = candidates?.length ? new Set(e.claims) : null;
    const groups = candidates && inEvent ? candidates.filter((g) => inEvent.has(g.first.claim.id)) : [];
    // Everything an event's page is made from: its record, the records and links of its reports,
    // its places and outlets, its figures and who their groups are counted with.
    const deps = (): unknown[] => {
      // Of a report's article, what the event's page shows: its link, outlet and publication day
      // (not its whole record, which changes with any of its finds), four values a report in one
      // flat list (not a list per report: 20,000 events at 10,000 articles).
      const reports: unknown[] = [];
      for (const id of e.articles) {
        const a = ctx.articleById.get(id);
        reports.push(links.article(id), a?.published ?? null, a?.publishedInferred ?? false, a?.source ? links.source(a.source) : null);
      }
      const claims = ctx.claimsOf(e.claims);
      const parties = claims.map((c) => (c.group ? partyOfGroup(c.group) : null));
      return [ctx.keep.text(e), claims, reports, e.places.map(links.place), e.sources.map(links.source), found, groups, parties];
    };
    return ctx.keep.part('event', e.id, deps, () => {
      const base = eventView(e, ctx);
      const tolls = tollViews(base.claims, partyOfGroup);
      return {
        ...base,
        figureTable: figureTable(base.claims, base.outlets, found),
        groups,
        disagreements: found.map((d) => d.view),
        tolls,
        grade: eventGrade(base.outlets.length, tolls),
      };
    });
  });
}

/** An event's own facts, reports and key figures: all but its comparisons. */
function eventView(
  e: EventRecord,
  { links, articleById, claimsOf }: ViewContext,
): Omit<EventView, 'figureTable' | 'groups' | 'disagreements' | 'tolls' | 'grade'> {
  const claims = claimsOf(e.claims);
  const seen = new Set<string>();
  const keyFigures: ClaimView[] = [];
  for (const c of claims) {
    if (c.figure === 'unstated') continue;
    const key = c.group ?? c.id;
    if (seen.has(key)) continue;
    seen.add(key);
    keyFigures.push(c);
    if (keyFigures.length >= KEY_FIGURES) break;
  }
  const reports: ReportView[] = e.articles.map((id) => {
    const a = articleById.get(id);
    return {
      article: links.article(id),
      source: a?.source ? links.source(a.source) : null,
      published: formatDay(a?.published ?? null),
      publishedInferred: a?.publishedInferred ?? false,
      claims: claims.filter((c) => c.article.id === id),
    };
  });
  const outlets = e.sources.map(links.source);
  return {
    id: e.id,
    url: eventUrl(e.id),
    title: e.title,
    date: formatRange(e.date),
    datetime: datetimeOf(e.date),
    precision: e.date.precision,
    start: e.date.start,
    end: e.date.end,
    updated: [e.date.end, ...e.articles.map((id) => articleById.get(id)?.published ?? '')].sort().at(-1) ?? e.date.end,
    action: e.action,
    places: e.places.map(links.place),
    outlets,
    articleCount: e.articles.length,
    keyFigures,
    claims,
    reports,
    // One report, or reports all of one known outlet: reports of outlets nobody named may be of several.
    singleSource: e.articles.length <= 1 || (outlets.length === 1 && e.articles.every((id) => articleById.get(id)?.source)),
  };
}
