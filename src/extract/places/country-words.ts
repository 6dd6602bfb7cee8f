/**
 * Which country a single word names, by its name or its people's ("syria", "syrian"):
 * the world's gazetteer as the registry amends it.
 */
import type { PlaceLexicon } from './lexicon.ts';

/**
 * A reader of country words for the world's lexicon.
 * @example countryWords(lexicons.places([]))('ukrainian') // 'UA'
 */
export function countryWords(lex: PlaceLexicon): (key: string) => string | null {
  return (key) => lex.demonyms.get(key) ?? lex.gazetteer.names.get(key)?.find((h) => h.entry.place.kind === 'country')?.entry.place.country ?? null;
}
