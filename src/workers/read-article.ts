/**
 * One article file in, its facts out: read the bytes, look the facts up in the
 * cache, else ingest and extract them (and store them). The same function runs
 * on the main thread and in the worker threads, so both give the same result.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleCacheKey } from '../cache/cache-key.ts';
import { readCachedFacts, writeCachedFacts, type ArticleCacheLocation } from '../cache/article-cache.ts';
import { FileStamps } from '../cache/file-stamps.ts';
import type { Lexicons } from '../extract/lexicons.ts';
import { extractArticles } from '../extract/pipeline.ts';
import { ingestArticle } from '../ingest/index.ts';
import type { ArticleFacts, Diagnostic, Registries } from '../model/types.ts';

export interface ReadContext {
  /** File paths are relative to this folder. */
  readonly root: string;
  readonly registries: Registries;
  /** The day the build counts as today (--today), or null: a stated publication date after it is not used. */
  readonly today: string | null;
  /** Where facts are cached, or null for no cache. */
  readonly cache: (ArticleCacheLocation & { readonly registriesHash: string }) | null;
}

export type ArticleOutcome =
  | { readonly kind: 'facts'; readonly file: string; readonly facts: ArticleFacts; readonly cached: boolean }
  | { readonly kind: 'unreadable'; readonly file: string; readonly diagnostic: Diagnostic };

/** An article file read from disk whose facts the cache does not hold: the bytes, and the key to store its facts under. */
export interface UnreadArticle {
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly key: string | null;
}

/**
 * The facts of one article file, from the cache when its key is there, else extracted (and cached).
 * @example readArticle('content/articles/a.txt', { root: '.', registries, today: null, cache: null }, compileLexicons(registries)).kind // 'facts'
 */
export function readArticle(file: string, ctx: ReadContext, lexicons: Lexicons): ArticleOutcome {
  const found = readCachedArticle(file, ctx);
  return 'kind' in found ? found : extractArticleFacts(found, ctx, lexicons);
}

/**
 * The outcome of one file when the cache (or a read error) settles it, else the file as read,
 * for `extractArticleFacts` (so that no file is read or hashed twice).
 * @example 'kind' in readCachedArticle('content/articles/a.txt', ctx) // true on a warm cache
 */
export function readCachedArticle(file: string, ctx: ReadContext, stamps?: FileStamps): ArticleOutcome | UnreadArticle {
  // A file the process read before and that has not changed since: its facts by the hash it had.
  const known = stamps && ctx.cache ? stamps.hashOf(join(ctx.root, file)) : null;
  if (known !== null && ctx.cache) {
    const facts = readCachedFacts(ctx.cache, keyOf(file, known, ctx.cache, ctx.today));
    if (facts) return { kind: 'facts', file, facts, cached: true };
  }
  const read = readBytes(file, ctx, stamps);
  if ('kind' in read) return read;
  const hit = read.key && ctx.cache ? readCachedFacts(ctx.cache, read.key) : null;
  return hit ? { kind: 'facts', file, facts: hit, cached: true } : read;
}

/** Stores an article's facts in the cache under its key. */
export type StoreFacts = (at: ArticleCacheLocation, key: string, facts: ArticleFacts) => unknown;

/**
 * Extracts the facts of an article the cache did not hold, and stores them there (by default
 * at once; `store` may write them in the background). `lexicons` are the ones this thread compiled from `ctx.registries`.
 * @example extractArticleFacts(unread, ctx, lexicons).kind // 'facts'
 */
export function extractArticleFacts(article: UnreadArticle, ctx: ReadContext, lexicons: Lexicons, store: StoreFacts = writeCachedFacts): ArticleOutcome {
  return extractArticlesFacts([article], ctx, lexicons, store)[0] as ArticleOutcome;
}

/**
 * As extractArticleFacts on each article, in less time: the articles are ingested, then read
 * step by step together (extractArticles).
 * @example extractArticlesFacts([a, b], ctx, lexicons).map((o) => o.kind) // ['facts', 'facts']
 */
export function extractArticlesFacts(
  articles: readonly UnreadArticle[],
  ctx: ReadContext,
  lexicons: Lexicons,
  store: StoreFacts = writeCachedFacts,
): ArticleOutcome[] {
  const ingestOptions = { sourcePatterns: lexicons.sourcePatterns, ...(ctx.today === null ? {} : { today: ctx.today }) };
  const ingested = articles.map(({ file, bytes }) => ingestArticle({ file, bytes }, ctx.registries, ingestOptions));
  return extractArticles(ingested, lexicons).map((facts, n) => {
    const { file, key } = articles[n] as UnreadArticle;
    if (ctx.cache && key) store(ctx.cache, key, facts);
    return { kind: 'facts', file, facts, cached: false };
  });
}

function readBytes(file: string, ctx: ReadContext, stamps?: FileStamps): ArticleOutcome | UnreadArticle {
  const path = join(ctx.root, file);
  // The stamp is taken before the bytes are read: a write in between shows as a change next time.
  const before = stamps && ctx.cache ? FileStamps.stat(path) : undefined;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    stamps?.keep(path, undefined, '');
    return {
      kind: 'unreadable',
      file,
      diagnostic: { file, severity: 'warning', code: 'unreadable', message: `cannot read the file: ${(e as Error).message}` },
    };
  }
  if (!ctx.cache) return { file, bytes, key: null };
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  stamps?.keep(path, before, contentHash);
  return { file, bytes, key: keyOf(file, contentHash, ctx.cache, ctx.today) };
}

function keyOf(file: string, contentHash: string, cache: NonNullable<ReadContext['cache']>, today: string | null): string {
  return articleCacheKey({ contentHash, file, registriesHash: cache.registriesHash, extractorVersion: cache.extractorVersion, today });
}
