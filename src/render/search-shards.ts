/**
 * The search index in parts ("shards"), each a Pagefind index of its own, merged in the
 * browser by Pagefind UI's `mergeIndex`. Pagefind (1.6) cannot update an index, so a rebuild
 * indexes again only the shards whose documents changed and carries the others over, as it
 * does pages. Which shard a document goes to depends only on the site's pages (the view), so
 * a cold build and any rebuild split the same documents the same way, and write the same bytes.
 *
 * Articles are split among the shards by a hash of their path; an event, an outlet, a place or
 * a claimant goes with the first article (by path) that names it. Adding an article then
 * indexes again its own shard, where what it is the first to name goes too, and the shards of
 * the events it joins: with events and summaries in shards of their own by kind, one more
 * article among 400 real ones indexed five shards of thirteen again, 1,030 documents, two
 * thirds of them summaries of outlets, places and claimants it had added two or three to.
 * The primary index in `pagefind/`, where the search page loads Pagefind UI from, holds only
 * the search page's own document, so that it is never indexed again.
 */
import { createHash } from 'node:crypto';
import { type SearchDocument, searchPageDocument } from '../output/search-documents.ts';
import { pageFile } from '../output/urls.ts';
import type { SiteView } from '../output/view/types.ts';

export interface SearchShard {
  /** Its folder under the output folder: `pagefind` (the primary) or e.g. `pagefind-a3`. */
  readonly folder: string;
  readonly docs: readonly SearchDocument[];
}

/** The primary index: Pagefind UI's own bundle, which the others are merged into. */
export const PRIMARY_SHARD = 'pagefind';
/** The file under the output folder naming the other shards, which the search page merges. */
export const SHARD_LIST = 'pagefind-shards.json';
/** A shard's folder name (the primary's, or a letter and number). */
export const SHARD_FOLDER = /^pagefind(?:-[a-z]\d+)?$/;

/** The pages whose documents are split by their own path: the articles. */
const ARTICLE_PAGE = /^articles\//;
/**
 * Articles a shard holds at least: with the documents that go with them (an event's is a
 * quarter of an article's, a summary a few words), 1,000 articles make sixteen shards. Each
 * shard costs the search page's first search some work in the browser (25 shards instead of
 * 11 made it 0.5 s slower on 400 articles).
 */
const ARTICLES_PER_SHARD = 32;
/** The most shards a site has: a search in the browser fetches a little of every shard. */
const MAX_SHARDS = 16;

/**
 * How many shards `pages` articles are split into, with at least `perShard` each: a power of
 * two, so that it changes seldom (for 32 a shard: at 64, 128, ... articles), and when it
 * doubles each shard splits in two.
 * @example shardCount(1000, 32) // 16
 */
export function shardCount(pages: number, perShard: number): number {
  let count = 1;
  while (count < MAX_SHARDS && pages >= 2 * count * perShard) count *= 2;
  return count;
}

/**
 * A number from a page's path, the same in every build and spread evenly: 32-bit FNV-1a over its
 * UTF-16 code units. A SHA-1 per document (27,000 at 10,000 articles) took some 70 ms of every
 * dev-server save; this takes a few.
 * @example hashOf('articles/a/index.html') % 16
 */
export function hashOf(path: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < path.length; i++) hash = Math.imul(hash ^ path.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The article each page's document goes with: for an event, an outlet, a place or a claimant,
 * the first article (by the path of its page) that names it. Articles, and pages no article
 * names, are not listed: they go by their own path.
 * @example shardOwners(view).get('places/palmyra/index.html') // 'articles/a-first-report/index.html'
 */
export function shardOwners(view: Pick<SiteView, 'articles'>): Map<string, string> {
  const owners = new Map<string, string>();
  for (const a of view.articles) {
    const own = pageFile(a.url);
    const named = [...a.events, ...a.places, ...(a.source ? [a.source] : []), ...a.claims.flatMap((c) => (c.claimant ? [c.claimant] : []))];
    for (const link of named) {
      const path = pageFile(link.url);
      const owner = owners.get(path);
      if (owner === undefined || own < owner) owners.set(path, own);
    }
  }
  return owners;
}

/**
 * The documents split into shards: the primary first (always there, holding the search page's
 * document when any other is indexed), then the non-empty shards in order; documents keep
 * their order within a shard. `owners` (shardOwners) names the article each other page goes with.
 * @example splitIntoShards(docs, shardOwners(view)).map((s) => s.folder) // ['pagefind', 'pagefind-a0', 'pagefind-a1']
 */
export function splitIntoShards(docs: readonly SearchDocument[], owners: ReadonlyMap<string, string> = new Map()): SearchShard[] {
  // Pagefind UI takes the language from the primary, and Pagefind writes none for an empty index.
  const shards: SearchShard[] = [{ folder: PRIMARY_SHARD, docs: docs.length ? [searchPageDocument()] : [] }];
  const count = shardCount(docs.filter((d) => ARTICLE_PAGE.test(d.sourcePath)).length, ARTICLES_PER_SHARD);
  const parts: SearchDocument[][] = Array.from({ length: count }, () => []);
  for (const d of docs) parts[hashOf(owners.get(d.sourcePath) ?? d.sourcePath) % count]?.push(d);
  parts.forEach((part, i) => {
    if (part.length) shards.push({ folder: `${PRIMARY_SHARD}-a${i}`, docs: part });
  });
  return shards;
}

/**
 * A shard's fingerprint: the rendering code (Pagefind's version among it) and its documents.
 * @example shardFingerprint('code…', shard) // 'Zx1…='
 */
export function shardFingerprint(code: string, shard: SearchShard): string {
  const hash = createHash('sha1').update(code).update(`\0${shard.folder}`);
  for (const d of shard.docs) hash.update(`\0${d.sourcePath}\0${d.html}`);
  return hash.digest('base64');
}

/**
 * The text of the shard list: the folders the search page merges into the primary, in order.
 * @example shardList(shards) // '["pagefind-a0","pagefind-e0"]\n'
 */
export function shardList(shards: readonly SearchShard[]): string {
  return `${JSON.stringify(shards.map((s) => s.folder).filter((f) => f !== PRIMARY_SHARD))}\n`;
}
