/**
 * The site's view of the timeline data: lookups, labels and lists the templates
 * show as they are. Templates only present; everything they show is prepared here.
 */
import { groupBy, groupByEach } from '../group-by.ts';
import { MATCH_EVIDENCE } from '../link/match-evidence.ts';
import {
  disagreementViews,
  figureTable,
  groupViews,
  standingOf,
  subjectIndex,
  type DisagreementView,
  type FigureTable,
  type GroupView,
  type Standing,
} from './compare.ts';
import type { AboutPage } from './about-page.ts';
import type { ClaimView, Link } from './claim-view.ts';
import type { ArticleRecord, ClaimRecord, EventRecord, Mark, TimelineData } from '../model/schema.ts';
import { datetimeOf, formatDay, formatFigure, formatRange, monthLabel } from './format.ts';
import { timelineChart, type TimelineChart } from './chart.ts';
import { mapBase, mapFrame, mapMarks, type MapBase, type MapMarks, type MapPlace } from './map.ts';
import { figureCharts, type FigureChart, type FigurePoint } from './figures-chart.ts';
import { eventGrade, tollViews, type EventGrade, type TollView } from './tolls.ts';
import { articleUrl, claimantUrl, claimUrl, eventUrl, placeUrl, SITE_URLS, sourceUrl, yearUrl } from './urls.ts';
import { chunkOf, HOME_EVENTS_MAX, PAGE_SIZE, pagedLists, pager, pageUrl, type Chunk, type ListPage, type Pager } from './paging.ts';

export type { ClaimView, Link } from './claim-view.ts';

export interface EventView {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly date: string;
  readonly datetime: string;
  readonly precision: string;
  /** ISO first and last day of the event's date range. */
  readonly start: string;
  readonly end: string;
  /** Latest publication day among its reports (or the event's last day): the feed's `updated`. */
  readonly updated: string;
  readonly action: string;
  readonly places: Link[];
  readonly outlets: Link[];
  readonly articleCount: number;
  readonly keyFigures: ClaimView[];
  readonly claims: ClaimView[];
  readonly reports: ReportView[];
  readonly singleSource: boolean;
  /** Rows: what is counted; columns: the outlets. */
  readonly figureTable: FigureTable;
  /** Who carried each figure first, and who repeated it. */
  readonly groups: GroupView[];
  /** Where outlets give different figures for the same thing. */
  readonly disagreements: DisagreementView[];
  /** Each thing counted, by party and date: who says what, whether a toll rose or the parties disagree. */
  readonly tolls: TollView[];
  /** How many outlets it rests on, and whether its figures agree. */
  readonly grade: EventGrade;
}

export interface ReportView {
  readonly article: Link;
  readonly source: Link | null;
  readonly published: string;
  readonly publishedInferred: boolean;
  readonly claims: ClaimView[];
}

export interface Segment {
  readonly text: string;
  readonly mark: { kind: Mark['kind']; url: string | null; title: string; id: string | null } | null;
}

export interface ArticleView {
  readonly id: string;
  readonly url: string;
  readonly title: string;
  readonly file: string;
  readonly source: Link | null;
  readonly sourceEvidence: string | null;
  readonly published: string;
  readonly publishedDatetime: string | null;
  readonly publishedInferred: boolean;
  readonly publishedEvidence: string | null;
  /** How the publication date was known, as the page says it ("reasoned from the text: ..."), or null. */
  readonly publishedHow: string | null;
  readonly originalUrl: string | null;
  readonly language: string;
  readonly places: Link[];
  /** Where the report was filed (its dateline), or null. */
  readonly filedFrom: Link | null;
  readonly events: Link[];
  readonly paragraphs: Segment[][];
  readonly teasers: readonly string[];
  readonly claims: ClaimView[];
  readonly warnings: readonly string[];
}

export interface PlaceView extends Link {
  readonly admin1: string | null;
  readonly country: string | null;
  readonly kind: string;
  readonly lat: number;
  readonly lon: number;
  readonly events: EventView[];
  readonly articles: Link[];
  readonly claims: ClaimView[];
  /** Marks for this place's map: every place with events, this one highlighted. */
  readonly map: MapMarks;
  readonly figureCharts: FigureChart[];
}

export interface MonthView {
  readonly key: string;
  readonly label: string;
  readonly events: EventView[];
}

export type SourceView = Link & { articles: ArticleView[]; claims: ClaimView[]; events: Link[]; eventViews: EventView[]; standing: Standing };
export type ClaimantView = Link & { aliases: readonly string[]; claims: ClaimView[]; sources: Link[]; events: Link[]; figureCharts: FigureChart[] };

/** Page k of a place: chunk k of its events, articles and figures. */
export type PlacePage = ListPage<{ events: EventView[]; articles: Link[]; claims: ClaimView[] }> & { readonly place: PlaceView };
/** Page k of an outlet: chunk k of its standing lists, events, articles and figures. */
export type SourcePage = ListPage<{
  shared: Standing['shared'];
  against: Standing['against'];
  alone: Standing['alone'];
  events: EventView[];
  articles: ArticleView[];
  claims: ClaimView[];
}> & {
  readonly source: SourceView;
};
/** Page k of a claimant: chunk k of the events it spoke about and of its figures. */
export type ClaimantPage = ListPage<{ events: Link[]; claims: ClaimView[] }> & { readonly claimant: ClaimantView };

/** A page of the articles index. */
export interface ArticlesPage {
  readonly number: number;
  readonly count: number;
  readonly url: string;
  readonly pager: Pager | null;
  readonly articles: Chunk<ArticleView>;
}

/** A year of the timeline, when the home page is too long to list every event. */
export interface YearView {
  readonly year: string;
  readonly url: string;
  /** Events in the year. */
  readonly count: number;
  readonly months: MonthView[];
  /** Previous year, every year, next year. */
  readonly nav: Pager;
}

export interface SiteView {
  readonly months: MonthView[];
  readonly events: EventView[];
  readonly articles: ArticleView[];
  readonly sources: SourceView[];
  readonly places: PlaceView[];
  readonly claimants: ClaimantView[];
  /** Every page of every place, outlet and claimant (first pages included), one item a page. */
  readonly placePages: PlacePage[];
  readonly sourcePages: SourcePage[];
  readonly claimantPages: ClaimantPage[];
  /** The pages of the articles index (at least one). */
  readonly articlePages: ArticlesPage[];
  /** The timeline by year, each with its own page; empty when the home page lists every event itself. */
  readonly years: YearView[];
  /** The home page's overview chart; null when there are no events. */
  readonly chart: TimelineChart | null;
  /** Outlines of the region, shared by every map. */
  readonly mapBase: MapBase;
  /** The home page's map marks: every place with events. */
  readonly map: MapMarks;
  /** Latest day the data speaks of (publication or event), for feeds; null when empty. */
  readonly updated: string | null;
  readonly counts: { articles: number; events: number; claims: number; sources: number; places: number; claimants: number; warnings: number };
  readonly diagnostics: TimelineData['diagnostics'];
  /** The user's About page (content/about.md); null when there is none. */
  readonly about: AboutPage | null;
}

const KEY_FIGURES = 4;
/** Places drawn on the map: a country or a region has no single point worth a mark. */
const MAPPED_KINDS: ReadonlySet<string> = new Set(['city', 'site', 'governorate']);

/** A claim as a point of a figures chart; null when it has no number or no day. */
function figurePoint(c: ClaimView): FigurePoint | null {
  const day = c.start ?? c.publishedIso;
  if (c.value === null || !day) return null;
  return {
    value: c.value,
    figure: c.figure,
    what: c.what,
    category: c.category,
    day,
    dateLabel: c.date ?? c.published,
    source: c.source?.name ?? null,
    claimant: c.claimant?.name ?? null,
    url: c.quoteUrl,
  };
}

/**
 * Prepares everything the pages show from the timeline data (and the user's About page, if any).
 * @example buildView(data).months[0]?.label // 'March 2016'
 */
export function buildView(data: TimelineData, about: AboutPage | null = null): SiteView {
  const sourceLink = lookup(data.sources, (s) => sourceUrl(s.id));
  const placeLink = lookup(data.places, (p) => placeUrl(p.id));
  const claimantLink = lookup(data.claimants, (c) => claimantUrl(c.id));
  const articleById = new Map(data.articles.map((a) => [a.id, a]));
  const articleLink = (id: string): Link => {
    const a = articleById.get(id);
    return { id, name: a?.title || id, url: articleUrl(id) };
  };
  const eventLink = lookup(
    data.events,
    (e) => eventUrl(e.id),
    (e) => e.title,
  );

  const claimView = (c: ClaimRecord): ClaimView => {
    const article = articleById.get(c.article);
    return {
      id: c.id,
      figure: formatFigure(c),
      category: c.category,
      what: c.what,
      claimant: c.claimant ? claimantLink(c.claimant) : null,
      source: c.source ? sourceLink(c.source) : null,
      article: articleLink(c.article),
      quote: c.quote,
      quoteUrl: claimUrl(c.article, c.id),
      date: c.date ? formatRange(c.date) : null,
      datetime: c.date ? datetimeOf(c.date) : null,
      place: c.place ? placeLink(c.place) : null,
      group: c.group,
      published: formatDay(article?.published ?? null),
      value: c.value,
      qualifier: c.qualifier,
      start: c.date?.start ?? null,
      end: c.date?.end ?? null,
      precision: c.date?.precision ?? null,
      publishedIso: article?.published ?? null,
    };
  };
  const claimsById = new Map(data.claims.map((c) => [c.id, claimView(c)]));
  const claimsOf = (ids: readonly string[]): ClaimView[] => ids.map((id) => claimsById.get(id)).filter((c): c is ClaimView => !!c);

  const articles: ArticleView[] = data.articles.map((a) => ({
    id: a.id,
    url: articleUrl(a.id),
    title: a.title || a.file,
    file: a.file,
    source: a.source ? sourceLink(a.source) : null,
    sourceEvidence: a.sourceEvidence,
    published: formatDay(a.published),
    publishedDatetime: a.published,
    publishedInferred: a.publishedInferred,
    publishedEvidence: a.publishedEvidence,
    publishedHow: publishedHow(a),
    originalUrl: a.url,
    language: a.language,
    places: a.places.map(placeLink),
    filedFrom: a.filedFrom ? placeLink(a.filedFrom) : null,
    events: a.events.map(eventLink),
    paragraphs: segments(a),
    teasers: a.teasers,
    claims: claimsOf(a.claims),
    warnings: a.warnings,
  }));

  const groups = groupViews(data.groups, claimsById);
  const disagreements = data.disagreements.map((d) => ({
    ...d,
    view: disagreementViews(
      [d],
      claimsById,
      (id) => sourceLink(id).name,
      (id) => claimantLink(id).name,
    )[0]!,
  }));
  const eventOfClaim = new Map(data.claims.map((c) => [c.id, c.event]));
  // Indexes built once: the pages below each take their share without scanning everything.
  const disagreementsIn = groupBy(disagreements, (d) => d.event);
  const groupsIn = groupBy(groups, (g) => eventOfClaim.get(g.first.claim.id) ?? '');
  // An unattributed figure is counted with the party whose group it joined.
  const claimantOfGroup = new Map(data.groups.map((g) => [g.id, g.claimant]));
  const partyOfGroup = (group: string): Link | null => {
    const id = claimantOfGroup.get(group);
    return id ? claimantLink(id) : null;
  };
  const events: EventView[] = data.events.map((e) => {
    const base = eventView(e, claimsOf, sourceLink, placeLink, articleLink, articleById);
    const found = disagreementsIn.get(e.id) ?? [];
    const inEvent = new Set(e.claims);
    const tolls = tollViews(base.claims, partyOfGroup);
    return {
      ...base,
      figureTable: figureTable(base.claims, base.outlets, found),
      groups: (groupsIn.get(e.id) ?? []).filter((g) => inEvent.has(g.first.claim.id)),
      disagreements: found.map((d) => d.view),
      tolls,
      grade: eventGrade(base.outlets.length, tolls),
    };
  });
  const monthMap = new Map<string, EventView[]>();
  for (const ev of events) {
    const key = ev.datetime.slice(0, 7).length === 7 ? ev.datetime.slice(0, 7) : `${ev.datetime.slice(0, 4)}-01`;
    const list = monthMap.get(key);
    if (list) list.push(ev);
    else monthMap.set(key, [ev]);
  }
  const paged = events.length > HOME_EVENTS_MAX;
  const months: MonthView[] = [...monthMap.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, evs]) => ({ key, label: monthLabel(key), events: evs }));

  const allClaims = [...claimsById.values()];
  const eventOfId = (id: string): string | null => eventOfClaim.get(id) ?? null;
  const subjects = subjectIndex(allClaims, eventOfId);
  const articlesBySource = groupByEach(articles, (a) => (a.source ? [a.source.id] : []));
  const claimsBySource = groupByEach(data.claims, (c) => (c.source ? [c.source] : []));
  const eventsBySource = groupByEach(data.events, (e) => e.sources);
  const eventViewsBySource = groupByEach(events, (e) => e.outlets.map((o) => o.id));
  // An outlet's standing is read from the groups and disagreements it is in, not from all of them.
  const groupsBySource = groupByEach(groups, (g) => [g.first, ...g.later].flatMap((r) => (r.claim.source ? [r.claim.source.id] : [])));
  const disagreementsBySource = groupByEach(disagreements, (d) => d.versions.flatMap((v) => v.sources));
  const sources: SourceView[] = data.sources.map((s) => {
    const claims = (claimsBySource.get(s.id) ?? []).map((c) => claimsById.get(c.id)!);
    return {
      ...sourceLink(s.id),
      articles: articlesBySource.get(s.id) ?? [],
      claims,
      events: (eventsBySource.get(s.id) ?? []).map((e) => eventLink(e.id)),
      eventViews: eventViewsBySource.get(s.id) ?? [],
      standing: standingOf(s.id, claims, groupsBySource.get(s.id) ?? [], disagreementsBySource.get(s.id) ?? [], eventOfId, subjects),
    };
  });
  const eventsByPlace = groupByEach(events, (e) => e.places.map((q) => q.id));
  const eventsAt = (id: string): EventView[] => eventsByPlace.get(id) ?? [];
  const claimsByPlace = groupByEach(data.claims, (c) => (c.place ? [c.place] : []));
  const articlesByPlace = groupByEach(data.articles, (a) => a.places);
  const claimsByClaimant = groupByEach(data.claims, (c) => (c.claimant ? [c.claimant] : []));
  const mapPlaces: MapPlace[] = data.places
    .filter((p) => MAPPED_KINDS.has(p.kind))
    .map((p) => ({ id: p.id, name: p.name, url: placeUrl(p.id), lat: p.lat, lon: p.lon, events: eventsAt(p.id).length, country: p.country }));
  const withEvents = mapPlaces.filter((p) => p.events > 0);
  // One frame for every map of the site: wherever the collection's events are.
  const frame = mapFrame(withEvents);
  const places: PlaceView[] = data.places.map((p) => {
    const claims = (claimsByPlace.get(p.id) ?? []).map((c) => claimsById.get(c.id)!);
    const own = mapPlaces.find((m) => m.id === p.id);
    return {
      ...placeLink(p.id),
      admin1: p.admin1,
      country: p.country,
      kind: p.kind,
      lat: p.lat,
      lon: p.lon,
      events: eventsAt(p.id),
      articles: (articlesByPlace.get(p.id) ?? []).map((a) => articleLink(a.id)),
      claims,
      map: mapMarks(own && !own.events ? [...withEvents, own] : withEvents, own ? p.id : null, frame),
      figureCharts: figureCharts(claims.map(figurePoint).filter((x): x is FigurePoint => !!x)),
    };
  });
  const claimants: ClaimantView[] = data.claimants.map((c) => {
    const said = claimsByClaimant.get(c.id) ?? [];
    const claims = [...said].sort((x, y) => (x.date?.start ?? '').localeCompare(y.date?.start ?? '')).map((x) => claimsById.get(x.id)!);
    const sourceIds = [...new Set(claims.map((x) => x.source?.id).filter((x): x is string => !!x))];
    const eventIds = [...new Set(said.filter((x) => x.event).map((x) => x.event!))];
    return {
      ...claimantLink(c.id),
      aliases: c.aliases,
      claims,
      sources: sourceIds.map(sourceLink),
      events: eventIds.map(eventLink),
      figureCharts: figureCharts(claims.map(figurePoint).filter((x): x is FigurePoint => !!x)),
    };
  });
  const days = [...data.articles.map((a) => a.published), ...data.events.map((e) => e.date.end)].filter((d): d is string => !!d).sort();

  return {
    months,
    events,
    articles,
    sources,
    places,
    claimants,
    placePages: places.flatMap((place) =>
      pagedLists(place.url, {
        events: [place.events, PAGE_SIZE.events],
        articles: [place.articles, PAGE_SIZE.articles],
        claims: [place.claims, PAGE_SIZE.claims],
      }).map((page) => ({ ...page, place })),
    ),
    sourcePages: sources.flatMap((source) =>
      pagedLists(source.url, {
        shared: [source.standing.shared, PAGE_SIZE.standing],
        against: [source.standing.against, PAGE_SIZE.standing],
        alone: [source.standing.alone, PAGE_SIZE.standing],
        events: [source.eventViews, PAGE_SIZE.events],
        articles: [source.articles, PAGE_SIZE.articles],
        claims: [source.claims, PAGE_SIZE.claims],
      }).map((page) => ({ ...page, source })),
    ),
    claimantPages: claimants.flatMap((claimant) =>
      pagedLists(claimant.url, {
        events: [claimant.events, PAGE_SIZE.events],
        claims: [claimant.claims, PAGE_SIZE.claims],
      }).map((page) => ({ ...page, claimant })),
    ),
    articlePages: articlePages(articles),
    years: paged ? yearViews(months) : [],
    // A crowded row's cells lead to their month: on its year's page when the home page lists no months.
    chart: timelineChart(events, paged ? { monthUrl: (m) => `${yearUrl(m.slice(0, 4))}#m-${m}` } : {}),
    mapBase: mapBase(frame),
    map: mapMarks(withEvents, null, frame),
    updated: days.at(-1) ?? null,
    counts: {
      articles: data.articles.length,
      events: data.events.length,
      claims: data.claims.length,
      sources: data.sources.length,
      places: data.places.length,
      claimants: data.claimants.length,
      warnings: data.diagnostics.filter((d) => d.severity !== 'info').length,
    },
    diagnostics: data.diagnostics,
    about,
  };
}

/** The articles index cut into pages of PAGE_SIZE.articlesIndex; one page (at /articles/) when it is short or empty. */
function articlePages(articles: readonly ArticleView[]): ArticlesPage[] {
  const base = SITE_URLS.articles;
  const count = Math.max(1, Math.ceil(articles.length / PAGE_SIZE.articlesIndex));
  const urlOf = (n: number): string => pageUrl(base, n);
  return Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    count,
    url: urlOf(i + 1),
    pager: pager(i + 1, count, urlOf),
    articles: chunkOf(articles, PAGE_SIZE.articlesIndex, i + 1)!,
  }));
}

/** The months grouped by year, each year with links to the one before and after. */
function yearViews(months: readonly MonthView[]): YearView[] {
  const byYear = new Map<string, MonthView[]>();
  for (const m of months) {
    const year = m.key.slice(0, 4);
    const list = byYear.get(year);
    if (list) list.push(m);
    else byYear.set(year, [m]);
  }
  const years = [...byYear.keys()];
  return years.map((year, i) => {
    const prev = years[i - 1];
    const next = years[i + 1];
    const items = [
      ...(prev ? [{ label: prev, url: yearUrl(prev), current: false, rel: 'prev' as const }] : []),
      ...years.map((y) => ({ label: y, url: yearUrl(y), current: y === year, rel: null })),
      ...(next ? [{ label: next, url: yearUrl(next), current: false, rel: 'next' as const }] : []),
    ];
    const ms = byYear.get(year)!;
    return { year, url: yearUrl(year), count: ms.reduce((n, m) => n + m.events.length, 0), months: ms, nav: { number: i + 1, count: years.length, items } };
  });
}

function eventView(
  e: EventRecord,
  claimsOf: (ids: readonly string[]) => ClaimView[],
  sourceLink: (id: string) => Link,
  placeLink: (id: string) => Link,
  articleLink: (id: string) => Link,
  articleById: ReadonlyMap<string, ArticleRecord>,
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
      article: articleLink(id),
      source: a?.source ? sourceLink(a.source) : null,
      published: formatDay(a?.published ?? null),
      publishedInferred: a?.publishedInferred ?? false,
      claims: claims.filter((c) => c.article.id === id),
    };
  });
  const outlets = e.sources.map(sourceLink);
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
    places: e.places.map(placeLink),
    outlets,
    articleCount: e.articles.length,
    keyFigures,
    claims,
    reports,
    singleSource: outlets.length <= 1,
  };
}

function lookup<T extends { id: string }>(
  items: readonly T[],
  url: (t: T) => string,
  name: (t: T) => string = (t) => (t as unknown as { name: string }).name,
): (id: string) => Link {
  const map = new Map(items.map((t) => [t.id, { id: t.id, name: name(t), url: url(t) }]));
  return (id: string) => map.get(id) ?? { id, name: id, url: SITE_URLS.home };
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
    const url =
      m.ref === null ? null : m.kind === 'place' ? placeUrl(m.ref) : m.kind === 'claimant' ? claimantUrl(m.ref) : m.kind === 'figure' ? `#${m.ref}` : null;
    paragraph.push({ text: a.body.slice(m.span[0], m.span[1]), mark: { kind: m.kind, url, title: m.title, id: m.kind === 'figure' ? m.ref : null } });
    at = m.span[1];
  }
  pushText(a.body.slice(at));
  if (paragraph.length) out.push(paragraph);
  return out;
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
