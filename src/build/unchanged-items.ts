/**
 * The items of a build's data that are the same as the last build's, given back as the last
 * build's objects: a long-running process (the dev server) keeps the JSON text of each item
 * it wrote by the item object (see ItemTexts), so an item given back is not written out again.
 */
import type { TimelineData } from '../model/schema.ts';

/** The last build's items of each list, by a key that names an item within its list. */
export type KeptItems = Map<keyof TimelineData, Map<string, object>>;

type Item = TimelineData[keyof TimelineData][number];

/**
 * Lists whose records the link stage gives back itself when unchanged (see RecordReuse) and no
 * later step makes again: the largest list (60,000 claims at 10,000 articles), which would cost
 * more to compare again. Articles are compared: the checks across articles give the ones they
 * warn about (a text twice, a date in the future) a new record on every build; the others
 * are the very objects of the last build, and compared at once.
 */
const GIVEN_BACK_ALREADY: ReadonlySet<keyof TimelineData> = new Set(['claims']);

/** What names an item within its list (a record's id; for the others, what tells them apart). */
function keyOf(list: keyof TimelineData, item: Item): string {
  if ('id' in item) return item.id;
  if (list === 'disagreements' && 'subject' in item) return `${item.event}|${item.subject}|${item.low}|${item.high}`;
  if ('file' in item && 'message' in item) return `${item.file}|${item.code}|${item.line ?? ''}|${item.message}`;
  return '';
}

/**
 * The data with each item (but claims) that equals the last build's item of the same key (as JSON: the same
 * fields in the same order, with the same values) replaced by that item; `kept` then holds this
 * build's items.
 * @example unchangedItems(data, kept).events[0] === lastBuild.events[0] // true when the event did not change
 */
export function unchangedItems(data: TimelineData, kept: KeptItems): TimelineData {
  const out = { ...data } as Record<keyof TimelineData, Item[]>;
  for (const list of Object.keys(data) as (keyof TimelineData)[]) {
    if (GIVEN_BACK_ALREADY.has(list)) continue;
    const items = data[list] as readonly Item[];
    const before = kept.get(list);
    const now = new Map<string, object>();
    out[list] = items.map((item) => {
      const key = keyOf(list, item);
      const old = before?.get(key);
      const given = old !== undefined && sameJson(old, item) ? (old as Item) : item;
      now.set(key, given);
      return given;
    });
    kept.set(list, now);
  }
  return out as unknown as TimelineData;
}

/**
 * True when two values are written as the same JSON text: the same keys in the same order
 * and the same values (NaN, which is not equal to itself, never counts as the same).
 * @example sameJson({ a: [1, 'x'] }, { a: [1, 'x'] }) // true
 * @example sameJson({ a: 1, b: 2 }, { b: 2, a: 1 }) // false (written in another order)
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const list = b as unknown[];
    if (a.length !== list.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], list[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  const others = Object.keys(y);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (k !== others[i] || !sameJson(x[k], y[k])) return false;
  }
  return true;
}
