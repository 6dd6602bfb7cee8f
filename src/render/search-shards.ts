/**
 * The search index in parts ("shards"), each a Pagefind index of its own, merged in the
 * browser by Pagefind UI's `mergeIndex`. Pagefind (1.6) cannot update an index, so a rebuild
 * indexes again only the shards whose documents changed and carries the others over, as it
 * does pages. Which shard a document goes to depends only on its page's kind, its path and
 * how many pages of that kind there are, so a cold build and any rebuild split the same
 * documents the same way, and write the same bytes.
 *
 * Articles and events are split by a hash of their path (adding an article touches its own
 * shard and those of its events); the summaries of outlets, places and claimants, which
 * change seldom, form the primary index in `pagefind/`, where the search page loads
 * Pagefind UI from.
 */
import { createHash } from 'node:crypto';
import type { SearchDocument } from '../output/search-documents.ts';

export interface SearchShard {
  /** Its folder under the output folder: `pagefind` (the primary) or e.g. `pagefind-a3`. */
  readonly folder: string;
  readonly docs: readonly SearchDocument[];
}

/** The primary index: Pagefind UI's own bundle, which the others are merged into. */
export const PRIMARY_SHARD = 'pagefind';
/** The file under the output folder naming the other shards, which the search page merges. */
export const SHARD_LIST = 'pagefind-shards.json';
/** A shard's folder name (the primary's, or a split kind's letter and number). */
export const SHARD_FOLDER = /^pagefind(?:-[a-z]\d+)?$/;

/** The kinds of page split into several shards (by the first folder of their path), with their shards' letter. */
const SPLIT: Readonly<Record<string, string>> = { articles: 'a', events: 'e' };
/**
 * Pages of a kind per shard, at least, and the most shards a kind has: a small site has one
 * shard per kind; 1,000 articles have 16 (a rebuild after one more indexes a sixteenth of them).
 * The browser fetches a little of every shard for a search, hence the cap.
 */
const PAGES_PER_SHARD = 32;
const MAX_SHARDS = 32;

/**
 * How many shards `pages` pages of a kind are split into: a power of two, so that it changes
 * seldom (at 64, 128, ... pages), and when it doubles each shard splits in two.
 * @example shardCount(1000) // 16
 */
export function shardCount(pages: number): number {
  let count = 1;
  while (count < MAX_SHARDS && pages >= 2 * count * PAGES_PER_SHARD) count *= 2;
  return count;
}

/** A number from a page's path, the same in every build and spread evenly. */
const hashOf = (path: string): number => createHash('sha1').update(path).digest().readUInt32BE(0);

/**
 * The documents split into shards: the primary first (always there, if empty), then each split
 * kind's non-empty shards in order; documents keep their order within a shard.
 * @example splitIntoShards(docs).map((s) => s.folder) // ['pagefind', 'pagefind-a0', 'pagefind-a1', 'pagefind-e0']
 */
export function splitIntoShards(docs: readonly SearchDocument[]): SearchShard[] {
  const byKind = new Map<string, SearchDocument[]>();
  const primary: SearchDocument[] = [];
  for (const d of docs) {
    const kind = d.sourcePath.split('/', 1)[0] ?? '';
    if (!(kind in SPLIT)) primary.push(d);
    else {
      const list = byKind.get(kind);
      if (list) list.push(d);
      else byKind.set(kind, [d]);
    }
  }
  const shards: SearchShard[] = [{ folder: PRIMARY_SHARD, docs: primary }];
  for (const [kind, letter] of Object.entries(SPLIT)) {
    const list = byKind.get(kind) ?? [];
    const count = shardCount(list.length);
    const parts: SearchDocument[][] = Array.from({ length: count }, () => []);
    for (const d of list) parts[hashOf(d.sourcePath) % count]?.push(d);
    parts.forEach((part, i) => {
      if (part.length) shards.push({ folder: `${PRIMARY_SHARD}-${letter}${i}`, docs: part });
    });
  }
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
