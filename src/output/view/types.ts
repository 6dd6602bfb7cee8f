/**
 * The view types: what each page kind shows, prepared by the files beside this one and
 * read as they are by the templates.
 */
import type { AboutPage } from '../about-page.ts';
import type { TimelineChart } from '../charts/timeline-chart.ts';
import type { ClaimView, Link } from '../claim-view.ts';
import type { DisagreementView, FigureTable, GroupView, Standing } from '../compare.ts';
import type { FigureChart } from '../charts/figures-chart.ts';
import type { MapBase, MapMarks } from '../map.ts';
import type { ListPage, Pager } from '../paging.ts';
import type { EventGrade, TollView } from '../tolls.ts';
import type { Mark, TimelineData } from '../../model/schema.ts';

export type { ClaimView, Link } from '../claim-view.ts';

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

/** A page of a place: its one page, or its own page or a period's page of its events, articles and figures. */
export type PlacePage = ListPage<{ events: EventView[]; articles: Link[]; claims: ClaimView[] }> & { readonly place: PlaceView };
/** A page of an outlet: its one page, or its own page or a period's page of its standing lists, events, articles and figures. */
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
/** A page of a claimant: its one page, or its own page or a period's page of the events it spoke about and of its figures. */
export type ClaimantPage = ListPage<{ events: Link[]; claims: ClaimView[] }> & { readonly claimant: ClaimantView };

/** A page of the articles index: all of it, or its first page or a period's page (see ListPage). */
export type ArticlesPage = ListPage<{ articles: ArticleView[] }>;

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

/** Counts of the whole collection, for the footer and the home page. */
export interface SiteCounts {
  readonly articles: number;
  readonly events: number;
  readonly claims: number;
  readonly sources: number;
  readonly places: number;
  readonly claimants: number;
  readonly warnings: number;
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
  /**
   * The year pages: the same years, as the list the year pages are made from. A list of its own, so
   * that a rebuild can render some year pages from a list cut down to them while the home page,
   * in the same Eleventy run, still lists every year.
   */
  readonly yearPages: YearView[];
  /** The home page's overview chart; null when there are no events. */
  readonly chart: TimelineChart | null;
  /** Outlines of the region, shared by every map. */
  readonly mapBase: MapBase;
  /** The home page's map marks: every place with events. */
  readonly map: MapMarks;
  /** Latest day the data speaks of (publication or event), for feeds; null when empty. */
  readonly updated: string | null;
  readonly counts: SiteCounts;
  readonly diagnostics: TimelineData['diagnostics'];
  /** The user's About page (content/about.md); null when there is none. */
  readonly about: AboutPage | null;
}
