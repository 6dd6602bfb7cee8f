/**
 * The search index in parts ("shards"), each a Pagefind index of its own, merged in the
 * browser by Pagefind UI's `mergeIndex`. Pagefind (1.6) cannot update an index, so a rebuild
 * indexes again only the shards whose documents changed and carries the others over, as it
 * does pages. Which shard a document goes to depends only on its page's kind, its path and
 * how many pages of that kind there are, so a cold build and any rebuild split the same
 * documents the same way, and write the same bytes.
 *
 * Every page is split by a hash of its path among the shards of its kind: articles, events, and
 * the summaries of outlets, places and claimants (adding an article touches its own shard,
 * those of its events, and those of the outlet, places and claimants it is the first to name).
 * The primary index in `pagefind/`, where the search page loads Pagefind UI from, holds only
 * the search page's own document, so that it is never indexed again: it held the summaries
 * once, and a real article, which nearly always names a place or a speaker the collection had
 * not met, made it be indexed again whole (some 600 summaries for 400 articles: the longest
 * part of the build after adding one).
 */
import { createHash } from 'node:crypto';
import { type SearchDocument, searchPageDocument } from '../output/search-documents.ts';

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

/**
 * The kinds of page, by the first folder of their path: their shards' letter, and how many
 * pages a shard has at least. An event's document is a quarter the size of an article's, and
 * a summary a few words, so their shards hold more: 1,000 articles and their events make 16
 * shards of articles and 8 of events (a rebuild after one more article indexes about a tenth
 * of the text). Each shard costs the search page's first search some work in the browser
 * (25 shards instead of 11 made it 0.5 s slower on 400 articles), so summaries go 256 a
 * shard at least: two shards for 400 articles' 600 summaries.
 */
const KINDS: Readonly<Record<string, { readonly letter: string; readonly perShard: number }>> = {
  articles: { letter: 'a', perShard: 32 },
  events: { letter: 'e', perShard: 128 },
  sources: { letter: 's', perShard: 256 },
  places: { letter: 's', perShard: 256 },
  claimants: { letter: 's', perShard: 256 },
};
/** Each letter's kinds' shards, in the order they are listed (the summaries of the three kinds share theirs). */
const LETTERS = [...new Set(Object.values(KINDS).map((k) => k.letter))];
const PER_SHARD = new Map(Object.values(KINDS).map((k) => [k.letter, k.perShard]));
/** The most shards a kind has: a search in the browser fetches a little of every shard. */
const MAX_SHARDS = 16;

/**
 * How many shards `pages` pages of a kind are split into, with at least `perShard` pages each:
 * a power of two, so that it changes seldom (for 32 a shard: at 64, 128, ... pages), and when
 * it doubles each shard splits in two.
 * @example shardCount(1000, 32) // 16
 */
export function shardCount(pages: number, perShard: number): number {
  let count = 1;
  while (count < MAX_SHARDS && pages >= 2 * count * perShard) count *= 2;
  return count;
}

/** A number from a page's path, the same in every build and spread evenly. */
const hashOf = (path: string): number => createHash('sha1').update(path).digest().readUInt32BE(0);

/**
 * The documents split into shards: the primary first (always there, holding the search page's
 * document when any other is indexed), then each kind's non-empty shards in order; documents
 * keep their order within a shard.
 * @example splitIntoShards(docs).map((s) => s.folder) // ['pagefind', 'pagefind-a0', 'pagefind-a1', 'pagefind-e0', 'pagefind-s0']
 */
export function splitIntoShards(docs: readonly SearchDocument[]): SearchShard[] {
  const byLetter = new Map<string, SearchDocument[]>(LETTERS.map((letter) => [letter, []]));
  for (const d of docs) {
    const kind = KINDS[d.sourcePath.split('/', 1)[0] ?? ''];
    // A page of no kind split (none is indexed today) is indexed with the summaries.
    byLetter.get(kind?.letter ?? 's')?.push(d);
  }
  // Pagefind UI takes the language from the primary, and Pagefind writes none for an empty index.
  const shards: SearchShard[] = [{ folder: PRIMARY_SHARD, docs: docs.length ? [searchPageDocument()] : [] }];
  for (const [letter, list] of byLetter) {
    const count = shardCount(list.length, PER_SHARD.get(letter) ?? 1);
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
