/**
 * Which country a single word names, by its name or its people's ("syria", "syrian"):
 * the world's gazetteer as the registry amends it.
 */
import type { Registries } from '../../model/types.ts';
import { placeLexicon } from './lexicon.ts';

/**
 * A reader of country words for these registries.
 * @example countryWords(registries)('ukrainian') // 'UA'
 */
export function countryWords(registries: Registries): (key: string) => string | null {
  const lex = placeLexicon(registries, []);
  return (key) => lex.demonyms.get(key) ?? lex.gazetteer.names.get(key)?.find((h) => h.entry.place.kind === 'country')?.entry.place.country ?? null;
}
