/**
 * How a cached article is named: by everything its facts depend on.
 */
import { createHash } from 'node:crypto';
import type { Registries } from '../model/types.ts';

export interface ArticleKeyParts {
  /** sha256 of the file's bytes. */
  readonly contentHash: string;
  /** The file's path as the build names it: the article id is made from it. */
  readonly file: string;
  readonly registriesHash: string;
  readonly extractorVersion: string;
  /** The build's --today, which decides whether a stated date is used (null: none given). */
  readonly today?: string | null;
}

/**
 * A short hash of the registries as loaded (sources, claimants, places), so any edit to them re-reads every article.
 * @example registriesHash({ sources: [], claimants: [], places: [], notPlaces: [] }).length // 16
 */
export function registriesHash(registries: Registries): string {
  return createHash('sha256').update(JSON.stringify(registries)).digest('hex').slice(0, 16);
}

/**
 * The cache key of one article: changes when its text, its path, the registries or the extractor change.
 * @example articleCacheKey({ contentHash: 'ab…', file: 'content/articles/a.txt', registriesHash: 'r', extractorVersion: 'v' }).length // 40
 */
export function articleCacheKey(parts: ArticleKeyParts): string {
  return createHash('sha256')
    .update([parts.contentHash, parts.file, parts.registriesHash, parts.extractorVersion, ...(parts.today ? [parts.today] : [])].join('\0'))
    .digest('hex')
    .slice(0, 40);
}
