/**
 * The day by which each kind of listed item is put in its period when a long list is cut by
 * period (paging.ts): an event's and a figure's own date (its first day), an article's
 * publication day. Null for an item with no day: it goes with the undated items.
 */
import type { DisagreementView, GroupView } from '../compare.ts';
import type { ArticleView, ClaimView, EventView } from './types.ts';

/** @example eventDay({ start: '2016-03-11' }) // '2016-03-11' */
export const eventDay = (e: Pick<EventView, 'start'>): string | null => e.start || null;

/** @example claimDay({ start: null }) // null */
export const claimDay = (c: Pick<ClaimView, 'start'>): string | null => c.start;

/** @example articleDay({ publishedDatetime: '2016-03-11' }) // '2016-03-11' */
export const articleDay = (a: Pick<ArticleView, 'publishedDatetime'>): string | null => a.publishedDatetime;

/** A figure others carried too goes by the figure first carried. @example groupDay(group) // '2016-03-11' */
export const groupDay = (g: Pick<GroupView, 'first'>): string | null => claimDay(g.first.claim);

/**
 * Where outlets disagree goes by the earliest day of its figures.
 * @example disagreementDay({ versions: [{ claims: [{ start: '2016-03-12' }] }, { claims: [{ start: '2016-03-11' }] }] }) // '2016-03-11'
 */
export function disagreementDay(d: Pick<DisagreementView, 'versions'>): string | null {
  let day: string | null = null;
  for (const v of d.versions) for (const c of v.claims) if (c.start !== null && (day === null || c.start < day)) day = c.start;
  return day;
}

/**
 * The publication day of each article, by id, for lists that hold links to articles.
 * @example publishedDays(articles).get('rt-palmyra') // '2016-12-11'
 */
export function publishedDays(articles: readonly ArticleView[]): ReadonlyMap<string, string | null> {
  return new Map(articles.map((a) => [a.id, a.publishedDatetime]));
}
