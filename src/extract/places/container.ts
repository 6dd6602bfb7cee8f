/**
 * Places named as the area that holds another: "a station in Northtown in Lakeside",
 * "Northtown (Lakeside region)", "the Lakeside town of Northtown". The gazetteer cannot
 * always tell a region from its namesake city, but the wording can: the held place is
 * the more specific one.
 */
import type { Place, PlaceMention, Sentence } from '../../model/types.ts';

/** How wide a kind of place is: an area holding a place is never narrower than it. */
const WIDTH: Readonly<Record<Place['kind'], number>> = { site: 0, city: 1, governorate: 2, region: 3, country: 4 };

/** Between a place and the area holding it: "Northtown in Lakeside", "Northtown town in Lakeside", "Northtown (Lakeside". */
const HELD_IN = /^\s*(?:(?:town|city|village|district)\s+)?(?:in|\()\s*(?:the\s+)?$/i;
/** Between an area and the place it holds: "the Lakeside town of Northtown". */
const HOLDS = /^(?:['’]s)?\s+(?:town|city|village|district|suburb|neighbou?rhood)\s+of\s+$/i;

/**
 * The mentions of one sentence without those named only as the area holding another.
 * @example withoutContainers(mentions, sentence).map((m) => m.place.name) // ['Northtown']
 */
export function withoutContainers(mentions: readonly PlaceMention[], sentence: Sentence | undefined): readonly PlaceMention[] {
  if (!sentence || mentions.length < 2) return mentions;
  const sorted = [...mentions].sort((a, b) => a.span[0] - b.span[0]);
  const containers = new Set<PlaceMention>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i]!, sorted[i + 1]!];
    if (a.place.id === b.place.id) continue;
    const gap = sentence.text.slice(a.span[1] - sentence.span[0], b.span[0] - sentence.span[0]);
    if (gap.length > 24) continue;
    // "fired at a bus to Northtown in the Westbury district": a narrower place after "in" holds nothing.
    if (HELD_IN.test(gap) && WIDTH[b.place.kind] >= WIDTH[a.place.kind]) containers.add(b);
    else if (HOLDS.test(gap) && WIDTH[a.place.kind] >= WIDTH[b.place.kind]) containers.add(a);
  }
  return containers.size ? mentions.filter((m) => !containers.has(m)) : mentions;
}
