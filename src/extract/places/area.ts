/**
 * Reads "Homs Province", "Idlib governorate", "Aleppo countryside", "province of
 * Hama" and "rural Idlib" as the first-level area (precision 'governorate')
 * rather than the city it is named after; and a town's bare name as its area where the area
 * is called by it (the Gaza Strip, "strikes across Gaza").
 */
import type { PlaceLexicon } from './lexicon.ts';
import { AREA_WORDS, type Candidate } from './match.ts';
import { isOneOfTheTowns, siteEnd } from './sites.ts';
import type { Token } from './tokens.ts';

const RURAL = 'rural';
/**
 * Land forms an area is named by after its chief town ("the X Strip", "the X Valley"): such an
 * area is called by the town's name alone, and the town by its name and "City" ("X City").
 * Administrative words ("X Division", "X Krai") are not among them: there the bare name is the town.
 */
const LANDFORM_WORDS: ReadonlySet<string> = new Set(['strip', 'valley', 'peninsula', 'coast', 'delta', 'heights', 'highlands', 'plateau']);
/** The town itself: "X City", "X city", "the city of X"; not "the southern X city of Y", a town of the area. */
const CITY_AFTER = /^\s+city\b(?!\s+of\b)/i;
const CITY_OF_BEFORE = /\bcity\s+of\s+$/i;
const CITY_WORD = /\bcity\b/i;
const OF_AFTER = /^\s+of\b/i;

/**
 * The candidate widened over its area words and moved to the governorate, when
 * the words say it is one and the place is the area's seat (or the area itself).
 * "Manbij countryside" stays Manbij: Manbij is no governorate's seat.
 * @example widenToArea(candidate('Homs Province'), tokens, text, lexicon).entry.place.id // 'homs-governorate'
 */
export function widenToArea(c: Candidate, tokens: readonly Token[], text: string, lex: PlaceLexicon): Candidate {
  const span = areaSpan(c, tokens, text);
  if (!span) return areaCalledByTown(c, tokens, text, lex) ?? c;
  const place = c.entry.place;
  if (place.kind === 'governorate') return { ...c, ...span };
  if (place.kind !== 'city' || !c.entry.seat || !c.entry.admin1Code) return c;
  const area = lex.gazetteer.governorates.get(c.entry.admin1Code);
  return area ? { ...c, ...span, entry: area } : c;
}

function areaSpan(c: Candidate, tokens: readonly Token[], text: string): { first: number; last: number } | null {
  const end = tokens[c.last];
  const next = tokens[c.last + 1];
  // "Idlib province", and "Aleppo's countryside" (a possessive does not join names, so check the gap)
  if (end && next && AREA_WORDS.has(next.key) && text.slice(end.fullEnd, next.start) === ' ') return { first: c.first, last: c.last + 1 };
  const before = tokens[c.first - 1];
  const area = tokens[c.first - 2];
  if (before?.key === 'of' && area && AREA_WORDS.has(area.key)) return { first: c.first - 2, last: c.last };
  if (before?.key === RURAL && before.joinsNext) return { first: c.first - 1, last: c.last };
  return null;
}

/**
 * The area a town's bare name stands for, where the area is named by the town and a land form
 * (the Gaza Strip's chief town is Gaza): "killed in a strike in central Gaza" is the Strip; "Gaza
 * City", "the city of Gaza" stay the town.
 * @example areaCalledByTown(candidate('Gaza'), tokens, 'Strikes hit Gaza.', lexicon)?.entry.place.name // 'Gaza Strip'
 */
function areaCalledByTown(c: Candidate, tokens: readonly Token[], text: string, lex: PlaceLexicon): Candidate | null {
  const place = c.entry.place;
  if (place.kind !== 'city' || !place.admin1 || !c.entry.admin1Code) return null;
  // "the Gaza port" is the town's site (sites.ts); "a Gaza refugee camp" is one in the area.
  if (!isCalledByTown(place.admin1, place.name) || (siteEnd(tokens, c.last) >= 0 && !isOneOfTheTowns(tokens, c.first))) return null;
  const start = tokens[c.first]?.start ?? 0;
  const end = tokens[c.last]?.end ?? start;
  const written = text.slice(start, end);
  const after = text.slice(end, end + 9);
  const town = (CITY_WORD.test(written) && !OF_AFTER.test(after)) || CITY_AFTER.test(after) || CITY_OF_BEFORE.test(text.slice(Math.max(0, start - 12), start));
  if (town) return null;
  const area = lex.gazetteer.governorates.get(c.entry.admin1Code);
  return area ? { ...c, entry: area } : null;
}

/**
 * Whether an area is named by a town and a land form, and so called by the town's name alone.
 * @example isCalledByTown('Gaza Strip', 'Gaza') // true
 * @example isCalledByTown('Dhaka Division', 'Dhaka') // false
 */
export function isCalledByTown(area: string, town: string): boolean {
  return area.toLowerCase().startsWith(`${town.toLowerCase()} `) && LANDFORM_WORDS.has(area.slice(town.length + 1).toLowerCase());
}
