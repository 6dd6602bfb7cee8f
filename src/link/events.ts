import type { ArticleEvent, ArticleFacts, DateRange, Place } from '../model.ts';
import { contains, gapDays, isFine, union, widthDays } from './dates.ts';
import { EventIndex } from './event-index.ts';

/** Reports of one happening may differ by this much ("last night" vs "on Sunday"). */
const MAX_GAP_DAYS = 1;
/** A merged event wider than this is two events. */
const MAX_EVENT_DAYS = 7;
/** Kinds of action that can be one happening told differently (a night's strikes, a withdrawal, a toll). */
const MILITARY = new Set(['withdrawal', 'capture', 'strikes', 'attack', 'fighting', 'toll', 'report']);

export interface EventReport {
  readonly article: number;
  readonly index: number;
  readonly event: ArticleEvent;
}

export interface LinkedEvent {
  date: DateRange;
  places: Place[];
  action: string;
  reports: EventReport[];
}

/**
 * Merges the articles' events into events with many reports. Two reports are one
 * event when they share a place, their dates overlap or touch, and their kinds of
 * action can be the same happening; a coarse report ("in December 2016") joins the
 * one finer event it contains. Fine-dated main events are placed first.
 * @example linkEvents(facts).map((e) => e.reports.length) // [3, 2, 5]
 */
export function linkEvents(facts: readonly ArticleFacts[]): LinkedEvent[] {
  const reports: EventReport[] = facts.flatMap((f, article) => f.events.map((event, index) => ({ article, index, event })));
  const order = (r: EventReport): number => (isFine(r.event.date) ? 0 : 2) + (r.event.background ? 1 : 0);
  reports.sort((a, b) => order(a) - order(b) || a.article - b.article || a.index - b.index);

  const events: LinkedEvent[] = [];
  // Events by place and date: a report is compared only with the events that could take it.
  const index = new EventIndex();
  const positionOf = new Map<LinkedEvent, number>();
  for (const report of reports) {
    const nearby = index.near(report.event.places, report.event.date, MAX_GAP_DAYS).map((i) => events[i]!);
    const target = findEvent(nearby, report.event);
    if (target) {
      target.reports.push(report);
      if (isFine(report.event.date) || !isFine(target.date)) target.date = union(target.date, report.event.date);
      for (const p of report.event.places) if (!target.places.some((q) => q.id === p.id)) target.places.push(p);
      index.update(positionOf.get(target)!, target.places, target.date);
    } else {
      const made: LinkedEvent = { date: report.event.date, places: [...report.event.places], action: report.event.action, reports: [report] };
      const position = events.push(made) - 1;
      positionOf.set(made, position);
      index.update(position, made.places, made.date);
    }
  }
  return events;
}

/** Among the events near the report (by place and date, in the order made), the one it joins, or null. */
function findEvent(nearby: readonly LinkedEvent[], ev: ArticleEvent): LinkedEvent | null {
  const candidates = nearby.filter((e) => compatible(e.action, ev.action));
  if (isFine(ev.date)) {
    return (
      candidates.find(
        (e) => isFine(e.date) && gapDays(e.date, ev.date) <= MAX_GAP_DAYS && widthDays(union(e.date, ev.date)) <= MAX_EVENT_DAYS,
      ) ?? null
    );
  }
  // A month ("seized once again in December 2016") joins an event it contains only when that
  // event is the only one it could be; a season or a year says too little to join anything.
  const inside = ev.date.precision === 'month' ? candidates.filter((e) => contains(ev.date, e.date) && isFine(e.date)) : [];
  if (inside.length === 1) return inside[0] ?? null;
  if (inside.length > 1) return null;
  return candidates.find((e) => !isFine(e.date) && e.date.start === ev.date.start && e.date.end === ev.date.end) ?? null;
}

function compatible(a: string, b: string): boolean {
  return a === b || (MILITARY.has(a) && MILITARY.has(b)) || a === 'report' || b === 'report';
}
