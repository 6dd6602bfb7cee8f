/** Long lists sorted by a number or a text of each item, without a comparing function. */
import { textOrder } from './charts/time-axis.ts';

/**
 * The items in order of their numbers, items of equal number in their own order (as a stable sort
 * by number): each number worked out once, and the numbers sorted as a typed array, without a
 * comparing function (a big claimant's thousands of figures and the chart's thousands of events
 * are sorted again at every save of the dev server).
 * @example sortedBy(['b', 'a', 'c'], (x) => (x === 'c' ? 0 : 1)) // ['c', 'b', 'a']
 */
export function sortedBy<T>(items: readonly T[], numberOf: (item: T) => number): T[] {
  const n = items.length;
  const keys = new Float64Array(n);
  // Whole numbers from 0: number·n + index is exact and sorts as (number, index).
  for (let i = 0; i < n; i++) keys[i] = numberOf(items[i]!) * n + i;
  keys.sort();
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = items[keys[i]! % n]!;
  return out;
}

/**
 * The items in the order `localeCompare` sorts their texts, items of equal text in their own order.
 * @example sortedByText([{ d: '2016-12-11' }, { d: '2016-03-02' }], (x) => x.d)[0]?.d // '2016-03-02'
 */
export function sortedByText<T>(items: readonly T[], textOf: (item: T) => string): T[] {
  const order = textOrder(items.map(textOf));
  return sortedBy(items, (x) => order.get(textOf(x))!);
}
