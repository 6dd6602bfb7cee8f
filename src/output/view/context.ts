/**
 * What every page kind of the view starts from: the data, a link to every page it names,
 * and every claim as a row of a figures table, each made once.
 */
import type { ArticleRecord, ClaimRecord, TimelineData } from '../../model/schema.ts';
import type { ClaimView, Link } from '../claim-view.ts';
import { datetimeOf, formatDay, formatFigure, formatRange } from '../format.ts';
import { articleUrl, claimantUrl, claimUrl, eventUrl, placeUrl, SITE_URLS, sourceUrl } from '../urls.ts';

/** Links to the pages of the data's outlets, places, claimants, articles and events, by id. */
export interface SiteLinks {
  readonly source: (id: string) => Link;
  readonly place: (id: string) => Link;
  readonly claimant: (id: string) => Link;
  readonly article: (id: string) => Link;
  readonly event: (id: string) => Link;
}

export interface ViewContext {
  readonly data: TimelineData;
  readonly links: SiteLinks;
  readonly articleById: ReadonlyMap<string, ArticleRecord>;
  /** Every claim as a row of a figures table, by claim id. */
  readonly claimsById: ReadonlyMap<string, ClaimView>;
  /** The rows of these claims, in this order (ids not found left out). */
  readonly claimsOf: (ids: readonly string[]) => ClaimView[];
}

/**
 * The links and claim rows of the data, made once for every page kind.
 * @example viewContext(data).links.place('palmyra').url // '/places/palmyra/'
 */
export function viewContext(data: TimelineData): ViewContext {
  const articleById = new Map(data.articles.map((a) => [a.id, a]));
  const links: SiteLinks = {
    source: lookup(data.sources, (s) => sourceUrl(s.id)),
    place: lookup(data.places, (p) => placeUrl(p.id)),
    claimant: lookup(data.claimants, (c) => claimantUrl(c.id)),
    article: (id) => ({ id, name: articleById.get(id)?.title || id, url: articleUrl(id) }),
    event: lookup(
      data.events,
      (e) => eventUrl(e.id),
      (e) => e.title,
    ),
  };
  const claimsById = new Map(data.claims.map((c) => [c.id, claimView(c, links, articleById)]));
  const claimsOf = (ids: readonly string[]): ClaimView[] => ids.map((id) => claimsById.get(id)).filter((c): c is ClaimView => !!c);
  return { data, links, articleById, claimsById, claimsOf };
}

function claimView(c: ClaimRecord, links: SiteLinks, articleById: ReadonlyMap<string, ArticleRecord>): ClaimView {
  const article = articleById.get(c.article);
  return {
    id: c.id,
    figure: formatFigure(c),
    category: c.category,
    what: c.what,
    claimant: c.claimant ? links.claimant(c.claimant) : null,
    source: c.source ? links.source(c.source) : null,
    article: links.article(c.article),
    quote: c.quote,
    quoteUrl: claimUrl(c.article, c.id),
    date: c.date ? formatRange(c.date) : null,
    datetime: c.date ? datetimeOf(c.date) : null,
    place: c.place ? links.place(c.place) : null,
    group: c.group,
    published: formatDay(article?.published ?? null),
    value: c.value,
    qualifier: c.qualifier,
    start: c.date?.start ?? null,
    end: c.date?.end ?? null,
    precision: c.date?.precision ?? null,
    publishedIso: article?.published ?? null,
  };
}

/** A link by id to each item's page; an id the data does not hold links home, named by itself. */
function lookup<T extends { id: string }>(
  items: readonly T[],
  url: (t: T) => string,
  name: (t: T) => string = (t) => (t as unknown as { name: string }).name,
): (id: string) => Link {
  const map = new Map(items.map((t) => [t.id, { id: t.id, name: name(t), url: url(t) }]));
  return (id: string) => map.get(id) ?? { id, name: id, url: SITE_URLS.home };
}
