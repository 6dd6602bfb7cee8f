/**
 * The article pages (where each report comes from, what was found in it, its text with every
 * find marked) and the articles index, cut into pages.
 */
import { MATCH_EVIDENCE } from '../../model/match-evidence.ts';
import type { ArticleRecord } from '../../model/schema.ts';
import { formatDay } from '../format.ts';
import { PAGE_SIZE, pagedByPeriod } from '../paging.ts';
import { anchorUrl, ARTICLE_PERIODS, articleUrl, claimantUrl, placeUrl, SITE_URLS } from '../urls.ts';
import type { ViewContext } from './context.ts';
import { articleDay } from './period-days.ts';
import type { ArticlesPage, ArticleView, Segment } from './types.ts';

/**
 * Every article as its page shows it, in the data's order.
 * @example articleViews(viewContext(data))[0]?.url // '/articles/rt-palmyra/'
 */
export function articleViews({ data, links, claimsOf, keep }: ViewContext): ArticleView[] {
  return data.articles.map((a) => {
    const source = a.source ? links.source(a.source) : null;
    const places = a.places.map(links.place);
    const filedFrom = a.filedFrom ? links.place(a.filedFrom) : null;
    const events = a.events.map(links.event);
    const claims = claimsOf(a.claims);
    return keep.part('article', a.id, [a, source, places, filedFrom, events, claims], () => articleView(a, { source, places, filedFrom, events, claims }));
  });
}

/** An article's page, given the links and figures it shows. */
function articleView(a: ArticleRecord, made: Pick<ArticleView, 'source' | 'places' | 'filedFrom' | 'events' | 'claims'>): ArticleView {
  return {
    id: a.id,
    url: articleUrl(a.id),
    title: a.title || a.file,
    file: a.file,
    source: made.source,
    sourceEvidence: a.sourceEvidence,
    published: formatDay(a.published),
    publishedDatetime: a.published,
    publishedInferred: a.publishedInferred,
    publishedEvidence: a.publishedEvidence,
    publishedHow: publishedHow(a),
    originalUrl: a.url,
    language: a.language,
    places: made.places,
    filedFrom: made.filedFrom,
    events: made.events,
    paragraphs: segments(a),
    teasers: a.teasers,
    claims: made.claims,
    warnings: a.warnings,
  };
}

/**
 * The articles index: one page (at /articles/) when it is short or empty, else cut by period of
 * publication (PAGE_SIZE.articlesIndex a page), its first period at /articles/ and every period
 * under /articles/published/.
 * @example articlePages([]).map((p) => p.url) // ['/articles/']
 */
export function articlePages(articles: readonly ArticleView[]): ArticlesPage[] {
  return pagedByPeriod(
    SITE_URLS.articles,
    { articles: { items: articles, size: PAGE_SIZE.articlesIndex, dayOf: articleDay } },
    { periodBase: ARTICLE_PERIODS },
  ) as ArticlesPage[];
}

/** The article body cut into paragraphs of plain and marked runs, for templates that escape every run. */
function segments(a: ArticleRecord): Segment[][] {
  const marks = [...a.marks].sort((x, y) => x.span[0] - y.span[0]);
  const out: Segment[][] = [];
  let paragraph: Segment[] = [];
  const pushText = (text: string): void => {
    const parts = text.split(/\n\n/);
    parts.forEach((part, i) => {
      if (i > 0) {
        if (paragraph.length) out.push(paragraph);
        paragraph = [];
      }
      if (part) paragraph.push({ text: part, mark: null });
    });
  };
  let at = 0;
  for (const m of marks) {
    if (m.span[0] < at) continue;
    pushText(a.body.slice(at, m.span[0]));
    paragraph.push({
      text: a.body.slice(m.span[0], m.span[1]),
      mark: { kind: m.kind, url: markUrl(m), title: m.title, id: m.kind === 'figure' ? m.ref : null },
    });
    at = m.span[1];
  }
  pushText(a.body.slice(at));
  if (paragraph.length) out.push(paragraph);
  return out;
}

/** Where a marked find leads: its place's or claimant's page, or a figure's row further down the same page. */
function markUrl(m: ArticleRecord['marks'][number]): string | null {
  if (m.ref === null) return null;
  if (m.kind === 'place') return placeUrl(m.ref);
  if (m.kind === 'claimant') return claimantUrl(m.ref);
  if (m.kind === 'figure') return anchorUrl(m.ref);
  return null;
}

/**
 * How an article's publication date was known, in the words its page uses: the evidence of a
 * stated date as it is, a date found from other reports as it is ("dated from its match with
 * RT, 11 Dec 2016"), and a date reasoned from the text with that said first.
 * @example publishedHow({ publishedInferred: true, publishedEvidence: 'latest day stated: "March 2, 2017"' }) // 'reasoned from the text: latest day stated: "March 2, 2017"'
 */
export function publishedHow(a: Pick<ArticleRecord, 'publishedInferred' | 'publishedEvidence'>): string | null {
  const evidence = a.publishedEvidence;
  if (!evidence) return null;
  if (!a.publishedInferred || evidence.startsWith(MATCH_EVIDENCE)) return evidence;
  return `reasoned from the text: ${evidence}`;
}
