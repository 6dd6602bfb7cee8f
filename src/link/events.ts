import type { ArticleEvent, ArticleFacts, DateRange, Place } from '../model.ts';
import { contains, gapDays, isFine, union, widthDays } from './dates.ts';

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
  for (const report of reports) {
    const target = findEvent(events, report.event);
    if (target) {
      target.reports.push(report);
      if (isFine(report.event.date) || !isFine(target.date)) target.date = union(target.date, report.event.date);
      for (const p of report.event.places) if (!target.places.some((q) => q.id === p.id)) target.places.push(p);
    } else {
      events.push({ date: report.event.date, places: [...report.event.places], action: report.event.action, reports: [report] });
    }
  }
  return events;
}

function findEvent(events: readonly LinkedEvent[], ev: ArticleEvent): LinkedEvent | null {
  const candidates = events.filter((e) => samePlace(e.places, ev.places) && compatible(e.action, ev.action));
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

function samePlace(a: readonly Place[], b: readonly Place[]): boolean {
  if (!a.length || !b.length) return false;
  return a.some((p) => b.some((q) => p.id === q.id));
}

function compatible(a: string, b: string): boolean {
  return a === b || (MILITARY.has(a) && MILITARY.has(b)) || a === 'report' || b === 'report';
}
