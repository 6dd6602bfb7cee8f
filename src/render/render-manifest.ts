/**
 * The record of a built site's pages and their fingerprints, kept for the next build of
 * the same output folder. It is kept outside the site (nothing of it is published), under
 * the project's cache, and names the folder it describes by its inode: an output folder
 * replaced or removed by other means is not taken for the one recorded.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** A finished build a new one may carry pages over from. */
export interface PreviousBuild {
  readonly dir: string;
  /** Each page's path under `dir` -> its fingerprint. */
  readonly pages: ReadonlyMap<string, string>;
}

/** Where `npm run build` keeps the records, under the project root. */
export const RENDER_CACHE = join('.cache', 'render');

export interface RenderManifest {
  /** The folder's inode (as a string: inodes can exceed 2^53). */
  readonly folder: string;
  /** Path under the folder -> fingerprint, for every page. */
  readonly pages: Readonly<Record<string, string>>;
}

const fileFor = (cacheDir: string, out: string): string => join(cacheDir, `${createHash('sha1').update(resolve(out)).digest('hex')}.json`);
const inodeOf = (dir: string): string => String(statSync(dir, { bigint: true }).ino);

/**
 * The build now at `out`, with its pages' fingerprints, or null when there is no record of the folder now there.
 * @example previousBuild('.cache/render', '_site')?.pages.get('index.html') // 'k3J…='
 */
export function previousBuild(cacheDir: string, out: string): PreviousBuild | null {
  const file = fileFor(cacheDir, out);
  if (!existsSync(out) || !existsSync(file)) return null;
  try {
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as RenderManifest;
    if (manifest.folder !== inodeOf(out)) return null;
    return { dir: out, pages: new Map(Object.entries(manifest.pages)) };
  } catch {
    // An unreadable record costs only a full render.
    return null;
  }
}

/**
 * Records the pages of the folder now at `out` (call it once the build is in place).
 * @example recordPages('.cache/render', '_site', new Map([['index.html', 'k3J…=']]))
 */
export function recordPages(cacheDir: string, out: string, pages: ReadonlyMap<string, string>): void {
  mkdirSync(cacheDir, { recursive: true });
  const file = fileFor(cacheDir, out);
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, JSON.stringify({ folder: inodeOf(out), pages: Object.fromEntries(pages) } satisfies RenderManifest));
  renameSync(temp, file);
}
