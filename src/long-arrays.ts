/**
 * Array operations safe on arrays of any length. Spreading an array into a call
 * (`out.push(...list)`, `Math.max(...list)`) puts every item on the stack, and
 * past about 100,000 items V8 throws "Maximum call stack size exceeded": a pasted
 * table of numbers or places in one article is enough.
 */

/**
 * Appends every item of `items` to `out`, in order.
 * @example pushAll([1], [2, 3]) // [1, 2, 3]
 */
export function pushAll<T>(out: T[], items: Iterable<T>): T[] {
  for (const item of items) out.push(item);
  return out;
}

/**
 * The largest of `values`, or -Infinity for none (as Math.max()).
 * @example maxOf([3, 9, 4]) // 9
 */
export function maxOf(values: Iterable<number>): number {
  let max = -Infinity;
  for (const v of values) max = Math.max(max, v);
  return max;
}

/**
 * The smallest of `values`, or Infinity for none (as Math.min()).
 * @example minOf([3, 9, 4]) // 3
 */
export function minOf(values: Iterable<number>): number {
  let min = Infinity;
  for (const v of values) min = Math.min(min, v);
  return min;
}
