/**
 * Places named as the area that holds another: "a station in Northtown in Lakeside",
 * "Northtown (Lakeside region)", "the Lakeside town of Northtown", "Lakeside's Northtown". The gazetteer cannot
 * always tell a region from its namesake city, but the wording can: the held place is
 * the more specific one.
 */
import type { Place, PlaceMention, Sentence } from '../../model/types.ts';

/** How wide a kind of place is: an area holding a place is never narrower than it. */
const WIDTH: Readonly<Record<Place['kind'], number>> = { site: 0, city: 1, governorate: 2, region: 3, country: 4 };

/** Between a place and the area holding it: "Northtown in Lakeside", "Northtown town in Lakeside", "Northtown (Lakeside". */
const HELD_IN = /^\s*(?:(?:town|city|village|district)\s+)?(?:in|\()\s*(?:the\s+)?$/i;
/**
 * Between an area and the place it holds: "the Lakeside town of Northtown", "Lakeside's suburb of Northtown",
 * "Lakeside's Northtown" (but "the Northtown suburb of Lakeside" is a part of Lakeside: PART_OF).
 */
const HOLDS = /^(?:['’]s\s+(?:town|city|village|district|suburb|neighbou?rhood)\s+of\s+|\s+(?:town|city|village|district)\s+of\s+|['’]s\s+)$/i;
/**
 * Between a part of a city and the city: "Northtown suburb of Lakeside", "Northtown district of the
 * Northland capital of Lakeside", "Northtown neighbourhood of the city of Lakeside".
 */
const PART_OF = /^\s+(?:suburbs?|neighbou?rhoods?|quarter|district)\s+of\s+(?:the\s+)?(?:(?:\p{Lu}[\p{L}'’-]*\s+)?(?:capital|city|town)(?:\s+of|,)?\s+)?$/u;
/** The longest text PART_OF reads: " suburb of the Northland capital of ". */
const PART_OF_GAP = 48;
/**
 * Between a place and the point it is measured from: "Northtown near Lakeside", "Northtown,
 * 20 km north of Lakeside", "the village of Northtown, just outside Lakeside". The point says
 * where the place lies, not where things happened.
 */
const MEASURED_FROM =
  /^\s*(?:(?:town|city|village)\b\s*)?,?\s*(?:(?:just|about|some|around|roughly|only)\s+)?(?:(?:\d[\d.,]*|a\s+few|several)\s*(?:km|kilometres?|kilometers?|miles?)\s+)?(?:(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)|near|outside(?:\s+of)?|from|close\s+to)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$/i;
/** The longest text MEASURED_FROM reads: "town, about 120 kilometres north-west of the city of ". */
const MEASURED_FROM_GAP = 64;
/**
 * A distance and a direction just before a place: "..., is about 75 miles west of Lakeside", "145 km
 * (90 miles) north of the capital, Lakeside", "110 km south of Northland's capital Lakeside": measured
 * from, wherever the place it measures stands.
 */
const DISTANCE_FROM =
  /\b\d[\d.,]*\s*(?:km|kilometres?|kilometers?|miles?)(?:\s*\([^()]{1,24}\))?\s+(?:(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)|from)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+|(?:[a-z][\w-]*['’]s\s+)?capital,?\s+)?$/i;
/** How much text before a place DISTANCE_FROM reads. */
const DISTANCE_REACH = 60;

/**
 * The mentions of one sentence without those named only as the area holding another, or as
 * the point another is measured from.
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
    const before = sentence.text.slice(Math.max(0, b.span[0] - sentence.span[0] - DISTANCE_REACH), b.span[0] - sentence.span[0]);
    if ((gap.length <= MEASURED_FROM_GAP && MEASURED_FROM.test(gap)) || DISTANCE_FROM.test(before)) containers.add(b);
    // "the Northtown suburb of the capital of Lakeside": the suburb is where things happened.
    if (gap.length <= PART_OF_GAP && PART_OF.test(gap) && WIDTH[b.place.kind] >= WIDTH[a.place.kind]) containers.add(b);
    if (gap.length > 24) continue;
    // "fired at a bus to Northtown in the Westbury district": a narrower place after "in" holds nothing.
    if (HELD_IN.test(gap) && WIDTH[b.place.kind] >= WIDTH[a.place.kind]) containers.add(b);
    else if (HOLDS.test(gap) && WIDTH[a.place.kind] >= WIDTH[b.place.kind]) containers.add(a);
  }
  return containers.size ? mentions.filter((m) => !containers.has(m)) : mentions;
}
