/**
 * The timeline: every event by month on the home page with its overview chart, or, when
 * there are too many events for one page, the years, each with a page of its own.
 */
import { groupBy } from '../../group-by.ts';
import { type ChartEvent, type TimelineChart, timelineChart } from '../charts/timeline-chart.ts';
import { monthLabel } from '../format.ts';
import { HOME_EVENTS_MAX } from '../paging.ts';
import { yearMonthUrl, yearUrl } from '../urls.ts';
import { type Keep, KEEP_NOTHING } from './keep.ts';
import type { EventView, MonthView, YearView } from './types.ts';

export interface TimelineView {
  readonly months: MonthView[];
  /** Empty when the home page lists every event itself. */
  readonly years: YearView[];
  readonly chart: TimelineChart | null;
}

/**
 * The events by month (and by year when they are many), and the overview chart.
 * @example timelineView(events).months[0]?.label // 'March 2016'
 */
export function timelineView(events: readonly EventView[], keep: Keep = KEEP_NOTHING): TimelineView {
  // An event dated only by its year is listed under the year's first month.
  const byMonth = groupBy(events, (ev) => (ev.datetime.slice(0, 7).length === 7 ? ev.datetime.slice(0, 7) : `${ev.datetime.slice(0, 4)}-01`));
  const months: MonthView[] = [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, evs]) => keep.keep(`month:${key}`, [evs], () => ({ key, label: monthLabel(key), events: evs })));
  const paged = events.length > HOME_EVENTS_MAX;
  return {
    months,
    years: paged ? yearViews(months, keep) : [],
    // A crowded row's cells lead to their month: on its year's page when the home page lists no months.
    // Made from what the chart reads of each event (ChartEvent), so an event that gained a report or a
    // figure leaves it as it was.
    chart: keep.keep(
      'chart',
      () => [paged, chartParts(events)],
      () => timelineChart(events, paged ? { monthUrl: yearMonthUrl } : {}),
    ),
  };
}

/** Every field of ChartEvent: what the overview chart reads of an event. */
const CHART_FIELDS = ['url', 'title', 'date', 'start', 'end', 'places'] as const;
// A field added to ChartEvent and not to CHART_FIELDS fails here: the chart would be kept when it changed.
const EVERY_CHART_FIELD: Exclude<keyof ChartEvent, (typeof CHART_FIELDS)[number]> extends never ? true : never = true;

/** What the overview chart reads of the events, as deps: one flat list, not a list per event (20,000 at 10,000 articles). */
function chartParts(events: readonly EventView[]): readonly unknown[] {
  const parts: unknown[] = [];
  if (EVERY_CHART_FIELD) for (const e of events) for (const field of CHART_FIELDS) parts.push(e[field]);
  return parts;
}

/** The months grouped by year, each year with links to the one before and after. */
function yearViews(months: readonly MonthView[], keep: Keep): YearView[] {
  const byYear = groupBy(months, (m) => m.key.slice(0, 4));
  const years = [...byYear.keys()];
  return years.map((year, i) =>
    keep.keep(`year:${year}`, [years, byYear.get(year)], () => {
      const prev = years[i - 1];
      const next = years[i + 1];
      const items = [
        ...(prev ? [{ label: prev, url: yearUrl(prev), current: false, rel: 'prev' as const }] : []),
        ...years.map((y) => ({ label: y, url: yearUrl(y), current: y === year, rel: null })),
        ...(next ? [{ label: next, url: yearUrl(next), current: false, rel: 'next' as const }] : []),
      ];
      const ms = byYear.get(year)!;
      return { year, url: yearUrl(year), count: ms.reduce((n, m) => n + m.events.length, 0), months: ms, nav: { number: i + 1, count: years.length, items } };
    }),
  );
}
