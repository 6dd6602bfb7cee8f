/**
 * Ranges: "between 1,000 and 1,200 people", "from 30 to 40 killed", "30-40
 * dead". Both ends are kept as figures, the lower one as "at least", the
 * upper one as "up to", both counting what the upper one counts. A rise
 * ("rose from 39 to 52") is two tolls, not a range.
 */
import type { Figure } from '../../model/types.ts';
import { WEEKDAY_PATTERN } from '../../lexicon/calendar-words.ts';

/** What stands between the two ends. */
const JOIN = /^\s*(?:and|to|-|–|—)\s*$/;
/** What opens a range before its lower end; "from" opens one unless a verb of change precedes it. */
const OPENS = /\b(?:between|from)\s+(?:some\s+|about\s+|around\s+)?$/i;
const CHANGE = new RegExp(
  String.raw`\b(?:rose|rise|rises|risen|climbed|grew|grown|increased|jumped|surged|soared|fell|dropped|decreased|went\s+up)\s+(?:[a-z]+ly\s+)?(?:(?:on\s+)?(?:${WEEKDAY_PATTERN}|today|yesterday|overnight)\s+)?from\s+$`,
  'i',
);
/** Look this far back for the word that opens a range. */
const OPENER_REACH = 40;

/**
 * The figures of one sentence with their ranges marked.
 * @example markRanges('Between 1,000 and 1,200 people fled.', figures).map((f) => f.qualifier) // ['at-least', 'up-to']
 */
export function markRanges(text: string, offset: number, figures: readonly Figure[]): readonly Figure[] {
  if (figures.length < 2) return figures;
  const out = [...figures];
  for (let k = 0; k + 1 < out.length; k++) {
    const low = out[k]!;
    const high = out[k + 1]!;
    const between = text.slice(low.span[1] - offset, high.span[0] - offset);
    if (!JOIN.test(between) || low.value === null || high.value === null || low.value >= high.value) continue;
    const before = text.slice(Math.max(0, low.span[0] - offset - OPENER_REACH), low.span[0] - offset);
    const dash = /^\s*[-–—]\s*$/.test(between);
    if (!dash && (!OPENS.test(before) || CHANGE.test(before))) continue;
    if (low.qualifier !== 'exact' || high.qualifier !== 'exact') continue;
    const category = high.category === 'other' ? low.category : high.category;
    out[k] = { ...low, qualifier: 'at-least', category };
    out[k + 1] = { ...high, qualifier: 'up-to', category };
    k++;
  }
  return out;
}
