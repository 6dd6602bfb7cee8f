/**
 * The site a build replaced, kept beside the output folder as `.<out>.spare` (with its record
 * of pages), for the next build to bring up to date in place instead of making a new folder
 * for every page and deleting the old site: the dev server's two folders taking turns, for
 * `npm run build`. On ext4, making a site's 1,500 page folders and deleting the replaced
 * site's 6,000 files cost more than rendering the pages one added article changes: the
 * folders were still being made when the pages were done, and every file made after the
 * deletion waited while the file system looked past the inodes just freed.
 *
 * The spare shares most of its files with the site served (pages carried over are hard
 * links): a build never writes a page in place (update-in-place.ts), and the files that are
 * not pages (data, feeds, assets) are its own, written afresh.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { removeLater } from './remove-later.ts';
import { type PreviousBuild, previousBuild, recordPages } from './render-manifest.ts';
import { SHARD_FOLDER } from './search-shards.ts';

/**
 * Where the site a build replaced is kept: beside the output folder, hidden.
 * @example spareFolder('/srv/_site') // '/srv/._site.spare'
 */
export function spareFolder(out: string): string {
  return join(dirname(out), `.${basename(out)}.spare`);
}

/**
 * Takes the spare kept beside `out` for a build into `staging` (renamed there): its pages, as
 * recorded, stay for the build to keep or replace; its other files, which every build writes
 * anew, are removed, so that none a build no longer writes is left. Null when there is no
 * spare with a record (a spare without one is removed, in the background).
 * @example takeSpare('.cache/render', '_site', '._site.building-4242')?.pages.size // 1540
 */
export function takeSpare(cacheDir: string, out: string, staging: string): PreviousBuild | null {
  const spare = spareFolder(out);
  const kept = previousBuild(cacheDir, spare);
  if (!kept) {
    if (existsSync(spare)) removeSpareLater(spare);
    return null;
  }
  try {
    renameSync(spare, staging);
  } catch {
    // Taken by a build running at the same time: this one makes its folder anew.
    return null;
  }
  // The top-level folders that hold recorded pages, read once.
  const pageFolders = new Set([...kept.pages.keys()].map((path) => path.split('/', 1)[0]));
  for (const entry of readdirSync(staging, { withFileTypes: true })) {
    if (SHARD_FOLDER.test(entry.name)) continue;
    if (entry.isDirectory() ? !pageFolders.has(entry.name) : !kept.pages.has(entry.name)) {
      rmSync(join(staging, entry.name), { recursive: true, force: true });
    }
  }
  return { dir: staging, pages: kept.pages };
}

/**
 * Keeps `replaced`, the folder the build's output was until it was swapped, as the spare, with
 * its record of pages; without a record (`pages` null) it is removed, in the background.
 * @example keepAsSpare('.cache/render', '._site.previous-4242', '_site', previous.pages)
 */
export function keepAsSpare(cacheDir: string, replaced: string, out: string, pages: ReadonlyMap<string, string> | null): void {
  const spare = spareFolder(out);
  if (pages === null || existsSync(spare)) {
    removeLater(replaced);
    return;
  }
  try {
    renameSync(replaced, spare);
    recordPages(cacheDir, spare, pages);
  } catch {
    // Only the next build's shortcut is lost.
    removeLater(existsSync(replaced) ? replaced : spare);
  }
}

/** Moves a spare out of the way at once (named by this process, for the clean-up after a killed build) and removes it in the background. */
function removeSpareLater(dir: string): void {
  const aside = `${dir}-${process.pid}`;
  try {
    renameSync(dir, aside);
    removeLater(aside);
  } catch {
    rmSync(dir, { recursive: true, force: true });
  }
}
