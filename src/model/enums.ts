/**
 * Every closed list of the data model, once: what a figure counts, how it is qualified,
 * how precise a date is, what kind of place a place is. The types, the zod contract and
 * the pages all read these lists, so they cannot drift apart.
 */

/** What a figure counts, in the contract's order (see the contract for each meaning). */
export const CATEGORIES = ['killed', 'injured', 'casualties', 'strikes', 'destroyed', 'displaced', 'surrendered', 'control', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The order a reader meets them in tables and charts: the dead first, then the wounded, the strikes, and so on. */
export const CATEGORY_ORDER: readonly Category[] = ['killed', 'casualties', 'injured', 'strikes', 'destroyed', 'displaced', 'surrendered', 'control', 'other'];

/** How each category is headed on the site. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  killed: 'Killed',
  casualties: 'Killed or injured',
  injured: 'Injured',
  strikes: 'Strikes',
  destroyed: 'Destroyed',
  displaced: 'Fled or evacuated',
  surrendered: 'Surrendered',
  control: 'Ground held',
  other: 'Other',
};

/** How a figure is hedged: "more than 300" is `more-than`. */
export const QUALIFIERS = ['exact', 'more-than', 'at-least', 'about', 'up-to', 'fewer-than'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** How precise a date range is. */
export const PRECISIONS = ['day', 'days', 'month', 'season', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** What kind of place a place is. */
export const PLACE_KINDS = ['city', 'governorate', 'country', 'region', 'site'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/**
 * Where a category stands in the reading order (unknown ones last).
 * @example categoryRank('injured') // 2
 */
export function categoryRank(category: string): number {
  const i = CATEGORY_ORDER.indexOf(category as Category);
  return i < 0 ? CATEGORY_ORDER.length : i;
}
