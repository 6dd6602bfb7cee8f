/**
 * The facts of articles the link stage reads again (in the collection's country, or
 * against a date found for them), kept in the facts cache beside the first readings. Such
 * a reading depends on the article, the lexicons' registries and focus, the options and the
 * extractor: a rebuild that reads the same article again the same way takes its facts
 * from the cache instead of extracting them once more (each build read every such
 * article again, about 2 ms each, and compiled the lexicons of the collection's country
 * to do so).
 */
import { createHash } from 'node:crypto';
import type { Lexicons } from '../extract/lexicons.ts';
import { extractArticle } from '../extract/pipeline.ts';
import { type ArticleCacheLocation, readCachedFacts, writeCachedFacts } from './article-cache.ts';
import { registriesHash } from './cache-key.ts';

/** How the link stage reads an article again: `extractArticle`, or this cache in front of it. */
export type ReadAgain = typeof extractArticle;

/**
 * `extractArticle` with its results kept in the facts cache at `at`.
 * @example cachedReadAgain({ dir: '.cache/articles', extractorVersion: v })(article, pinned).placeRanking
 */
export function cachedReadAgain(at: ArticleCacheLocation): ReadAgain {
  // The registries are the same object for every reading of a build: hashed once each.
  const hashes = new WeakMap<object, string>();
  const hashOf = (lexicons: Lexicons): string => {
    let hash = hashes.get(lexicons.registries);
    if (hash === undefined) {
      hash = registriesHash(lexicons.registries);
      hashes.set(lexicons.registries, hash);
    }
    return hash;
  };
  return (article, lexicons, options = {}) => {
    const key = createHash('sha256')
      .update(['again', hashOf(lexicons), JSON.stringify(options), JSON.stringify(article)].join('\0'))
      .digest('hex')
      .slice(0, 40);
    const known = readCachedFacts(at, key);
    if (known) return known;
    const facts = extractArticle(article, lexicons, options);
    writeCachedFacts(at, key, facts);
    return facts;
  };
}
