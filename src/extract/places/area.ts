/**
 * Reads "Homs Province", "Idlib governorate", "Aleppo countryside", "province of
 * Hama" and "rural Idlib" as the first-level area (precision 'governorate')
 * rather than the city it is named after.
 */
import type { PlaceLexicon } from './lexicon.ts';
import { AREA_WORDS, type Candidate } from './match.ts';
import type { Token } from './tokens.ts';

const RURAL = 'rural';

/**
 * The candidate widened over its area words and moved to the governorate, when
 * the words say it is one and the place is the area's seat (or the area itself).
 * "Manbij countryside" stays Manbij: Manbij is no governorate's seat.
 * @example widenToArea(candidate('Homs Province'), tokens, text, lexicon).entry.place.id // 'homs-governorate'
 */
export function widenToArea(c: Candidate, tokens: readonly Token[], text: string, lex: PlaceLexicon): Candidate {
  const span = areaSpan(c, tokens, text);
  if (!span) return c;
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
