/**
 * An article read again by the link stage, as it was read before: in the collection's country
 * when it was read in it (focus-from-collection.ts), with what the new reading is given
 * (a date, places located elsewhere); the facts keep both for any later reading.
 */
import { compileLexicons, type Lexicons } from '../extract/lexicons.ts';
import type { extractArticle, ExtractOptions } from '../extract/pipeline.ts';
import type { ArticleFacts } from '../model/types.ts';

/**
 * The article's facts read again with `options`, in the country it was read in before.
 * @example readAsBefore(facts, lexicons, extractArticle, { localPlaces }).collectionPlaces === localPlaces // true
 */
export function readAsBefore(f: ArticleFacts, lexicons: Lexicons, read: typeof extractArticle, options: ExtractOptions): ArticleFacts {
  const focus = f.collectionFocus;
  const again = read(f.article, focus ? compileLexicons({ ...lexicons.registries, focus }, lexicons) : lexicons, options);
  const local = options.localPlaces;
  return { ...again, ...(focus ? { collectionFocus: focus } : {}), ...(local ? { collectionPlaces: local } : {}) };
}
