/**
 * What every page kind of the view starts from: the data, a link to every page it names,
 * and every claim as a row of a figures table, each made once.
 */
import type { ArticleRecord, ClaimRecord, TimelineData } from '../../model/schema.ts';
import type { ClaimView, Link } from '../claim-view.ts';
import { datetimeOf, formatDay, formatFigure, formatRange } from '../format.ts';
import { articleUrl, claimantUrl, claimUrl, eventUrl, placeUrl, SITE_URLS, sourceUrl } from '../urls.ts';
import { type Keep, KEEP_NOTHING } from './keep.ts';

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
  /** Parts of the view kept from the build before (the dev server's), or none. */
  readonly keep: Keep;
}

/**
 * The links and claim rows of the data, made once for every page kind. With a keeper, a link
 * or a row made from the same values as in the build before is that build's object.
 * @example viewContext(data).links.place('palmyra').url // '/places/palmyra/'
 */
export function viewContext(data: TimelineData, keep: Keep = KEEP_NOTHING): ViewContext {
  const articleById = mapBy(data.articles, (a) => a);
  // A link of each kind by id, kept while its name is the same: its url is made from its kind and
  // id alone, so it is made only with the link (not 30,000 urls a save to compare).
  const linkOf =
    (kind: string, urlOf: (id: string) => string): MakeLink =>
    (id, name) =>
      keep.part(kind, id, [name], () => ({ id, name, url: urlOf(id) }));
  const links: SiteLinks = {
    source: lookup(data.sources, linkOf('source-link', sourceUrl)),
    place: lookup(data.places, linkOf('place-link', placeUrl)),
    claimant: lookup(data.claimants, linkOf('claimant-link', claimantUrl)),
    article: articleLinks(data.articles, linkOf('article-link', articleUrl)),
    event: lookup(data.events, linkOf('event-link', eventUrl), (e) => e.title),
  };
  const claimsById = mapBy(data.claims, (c) => {
    const article = articleById.get(c.article);
    // Its deps as a function written in place: a function held in a const is named at each
    // making (tsx keeps names, by a property set on each), 60,000 times a save.
    return keep.part(
      'claim',
      c.id,
      () => [
        c,
        c.claimant && links.claimant(c.claimant),
        c.source && links.source(c.source),
        links.article(c.article),
        c.place && links.place(c.place),
        article?.published ?? null,
      ],
      () => claimView(c, links, article),
    );
  });
  const claimsOf = (ids: readonly string[]): ClaimView[] => ids.map((id) => claimsById.get(id)).filter((c): c is ClaimView => !!c);
  return { data, links, articleById, claimsById, claimsOf, keep };
}

function claimView(c: ClaimRecord, links: SiteLinks, article: ArticleRecord | undefined): ClaimView {
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
    event: c.event,
    published: formatDay(article?.published ?? null),
    value: c.value,
    qualifier: c.qualifier,
    start: c.date?.start ?? null,
    end: c.date?.end ?? null,
    precision: c.date?.precision ?? null,
    publishedIso: article?.published ?? null,
  };
}

/**
 * A link by id to each article's page, made once per article (the claims, events and places that
 * name an article ask for its link again and again); an id the data does not hold still links to
 * its article page, named by itself.
 */
function articleLinks(articles: readonly ArticleRecord[], link: MakeLink): (id: string) => Link {
  const map = mapBy(articles, (a) => link(a.id, a.title || a.id));
  return (id: string) => map.get(id) ?? link(id, id);
}

/** A link to the page of one kind of thing, by its id and the name it shows. */
type MakeLink = (id: string, name: string) => Link;

/** A link by id to each item's page; an id the data does not hold links home, named by itself. */
function lookup<T extends { id: string }>(
  items: readonly T[],
  link: MakeLink,
  name: (t: T) => string = (t) => (t as unknown as { name: string }).name,
): (id: string) => Link {
  const map = mapBy(items, (t) => link(t.id, name(t)));
  return (id: string) => map.get(id) ?? { id, name: id, url: SITE_URLS.home };
}

/**
 * Each item's value by the item's id (of two with one id, the later, as in `new Map(pairs)`), built by a loop,
 * without a pair made for each item (the view builds maps of 60,000 claims at every save).
 * @example mapBy([{ id: 'a', n: 1 }], (x) => x.n).get('a') // 1
 */
export function mapBy<T extends { readonly id: string }, V>(items: readonly T[], value: (item: T) => V): Map<string, V> {
  const map = new Map<string, V>();
  for (const item of items) map.set(item.id, value(item));
  return map;
}
