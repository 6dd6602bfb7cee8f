/**
 * The on-disk cache of article facts: one JSON file per article under
 * `<dir>/<extractor version>/`. Entries are written atomically (temporary file,
 * then rename) so a build that stops half-way, or two builds at once, never
 * leave a torn entry; an unreadable entry, or one whose facts have the wrong shape, is
 * simply a miss.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { ArticleFacts } from '../model/types.ts';
import { removeLeftovers } from '../leftovers.ts';
import { looksLikeFacts } from './facts-shape.ts';

const VERSION_DIR = /^[0-9a-f]{16}$/;
/**
 * Entries being written, under each version's folder: kept apart from the entries so that a
 * build looks for the leftovers of killed builds in a folder that is nearly always empty, not
 * among 10,000 entries (every build, every save of the dev server).
 */
const WRITING_DIR = '.writing';

export interface ArticleCacheLocation {
  /** The cache folder (e.g. `.cache/articles`). */
  readonly dir: string;
  readonly extractorVersion: string;
}

interface Entry {
  readonly key: string;
  readonly facts: ArticleFacts;
}

/**
 * Entries this thread has read or written, by path: a long-running process (the dev
 * server) rebuilds from memory and reads from disk only what it has not seen. Facts
 * are never changed once made, so sharing them between builds is safe.
 */
const inMemory = new Map<string, ArticleFacts>();

/**
 * The cached facts for a key, or null when there are none (or the entry cannot be read).
 * @example readCachedFacts({ dir: '.cache/articles', extractorVersion: v }, key)?.article.title
 */
export function readCachedFacts(at: ArticleCacheLocation, key: string): ArticleFacts | null {
  const path = entryPath(at, key);
  const known = inMemory.get(path);
  if (known) return known;
  const facts = readEntry(path, key);
  if (facts) inMemory.set(path, facts);
  return facts;
}

/**
 * Keeps facts another thread extracted and stored under `key` in this thread's memory too:
 * the next build of a long-running process then takes them from memory, and gets the
 * very same objects (so their records are given back), instead of reading every entry
 * the workers wrote from disk again (10,000 files on the first save after the dev server started).
 * @example keepCachedFactsInMemory({ dir: '.cache/articles', extractorVersion: v }, key, facts)
 */
export function keepCachedFactsInMemory(at: ArticleCacheLocation, key: string, facts: ArticleFacts): void {
  inMemory.set(entryPath(at, key), facts);
}

/** Forgets the entries kept in memory (the files stay). */
export function forgetCachedFactsInMemory(): void {
  inMemory.clear();
}

function readEntry(path: string, key: string): ArticleFacts | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    return null;
  }
  try {
    const entry = JSON.parse(text) as Partial<Record<keyof Entry, unknown>> | null;
    // A wrong entry is a miss: the article is read again and the entry replaced.
    return entry?.key === key && looksLikeFacts(entry.facts) ? entry.facts : null;
  } catch {
    return null;
  }
}

/**
 * Stores an article's facts under its key. A cache that cannot be written costs speed, never the build.
 * @example writeCachedFacts({ dir: '.cache/articles', extractorVersion: v }, key, facts)
 */
export function writeCachedFacts(at: ArticleCacheLocation, key: string, facts: ArticleFacts): boolean {
  const { path, tmp } = entryFiles(at, key);
  try {
    writeFileSync(tmp, entryText(at, key, facts));
    renameSync(tmp, path);
    inMemory.set(path, facts);
    return true;
  } catch {
    try {
      rmSync(tmp, { force: true });
    } catch {
      // the folder itself is unusable: nothing was left behind
    }
    return false;
  }
}

/**
 * As `writeCachedFacts`, with the file written off this thread (the facts are in memory at
 * once): the caller goes on extracting while the disk works, and awaits the result before
 * the build is done.
 * @example await writeCachedFactsInBackground({ dir: '.cache/articles', extractorVersion: v }, key, facts) // true
 */
export async function writeCachedFactsInBackground(at: ArticleCacheLocation, key: string, facts: ArticleFacts): Promise<boolean> {
  const { path, tmp } = entryFiles(at, key);
  try {
    const text = entryText(at, key, facts);
    inMemory.set(path, facts);
    await writeFile(tmp, text);
    await rename(tmp, path);
    return true;
  } catch {
    await rm(tmp, { force: true }).catch(() => undefined);
    return false;
  }
}

/** Writes so far: each has its own temporary file, as two builds in one process may store the same article at once. */
let writes = 0;

/** Where an entry goes, and the temporary file it is first written to. */
function entryFiles(at: ArticleCacheLocation, key: string): { path: string; tmp: string } {
  return { path: entryPath(at, key), tmp: join(at.dir, at.extractorVersion, WRITING_DIR, `.${key}.${process.pid}.${threadId}.${++writes}.tmp`) };
}

/** The entry's text, its version folder (and the folder of entries being written in it) made. */
function entryText(at: ArticleCacheLocation, key: string, facts: ArticleFacts): string {
  mkdirSync(join(at.dir, at.extractorVersion, WRITING_DIR), { recursive: true });
  return asciiJson(JSON.stringify({ key, facts } satisfies Entry));
}

const BEYOND_ASCII = /[\u0080-\uffff]/g;

/**
 * JSON text with every character beyond ASCII written as a `\u` escape: the same value, read
 * faster. A text with one curly quote is decoded and parsed as a string of two-byte characters
 * throughout; all ASCII, it is one byte a character (a build after adding one article to 1,000
 * read their entries about a seventh faster).
 * @example asciiJson('"It’s"') // '"It\\u2019s"'
 */
export function asciiJson(json: string): string {
  return json.replace(BEYOND_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Removes the entries of other extractor versions: they can never be read again.
 * @example pruneOtherVersions({ dir: '.cache/articles', extractorVersion: v }) // 1
 */
export function pruneOtherVersions(at: ArticleCacheLocation): number {
  let removed = 0;
  let names: string[];
  try {
    names = readdirSync(at.dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name === at.extractorVersion || !VERSION_DIR.test(name)) continue;
    rmSync(join(at.dir, name), { recursive: true, force: true });
    for (const path of inMemory.keys()) if (path.startsWith(join(at.dir, name))) inMemory.delete(path);
    removed++;
  }
  return removed;
}

/** A temporary entry: `.<key>.<pid>.<thread>.<n>.tmp`, in WRITING_DIR (see entryFiles). */
const TEMPORARY_ENTRY = /^\..+\.(\d+)\.\d+\.\d+\.tmp$/;

/**
 * Removes the temporary entries of builds that were killed before renaming them (their
 * process is gone); a running build's are left alone. Returns how many went.
 * @example removeStaleTemporaryEntries({ dir: '.cache/articles', extractorVersion: v }) // 0
 */
export function removeStaleTemporaryEntries(at: ArticleCacheLocation): number {
  return removeLeftovers(join(at.dir, at.extractorVersion, WRITING_DIR), TEMPORARY_ENTRY).length;
}

function entryPath(at: ArticleCacheLocation, key: string): string {
  return join(at.dir, at.extractorVersion, `${key}.json`);
}
