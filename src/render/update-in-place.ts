/**
 * A rebuild into a folder that already holds an older build of the same site (the dev server
 * builds into two folders by turns, serving one while it brings the other up to date): the
 * older build's files whose fingerprint is still right stay as they are, so a rebuild writes,
 * links or removes only what changed since that build, not every page of the site.
 *
 * Files are shared between the builds as hard links, so no file is ever written in place:
 * one to be written afresh or linked again is removed first, and the folder served meanwhile
 * keeps its own copy.
 */
import { existsSync, readdirSync, rmdirSync, rmSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { carryOverAlongside } from './carry-over.ts';
import type { PagePlan } from './page-plan.ts';
import type { PreviousBuild } from './render-manifest.ts';
import { SHARD_FOLDER, SHARD_LIST } from './search-shards.ts';

/**
 * Removes a file if it is there.
 * @example removeFile('.cache/dev/build-1/feed.xml')
 */
export function removeFile(path: string): void {
  try {
    unlinkSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/**
 * Readies the older build in `stale.dir` for the new plan: removes the pages that will be
 * rendered or carried over afresh and those the site no longer has, and returns the pages
 * still to carry over (those not already there with the right fingerprint).
 * @example updateInPlace(stale, plan, ['articles/a/index.html']) // [] when the older build has that page as it is now
 */
export function updateInPlace(stale: PreviousBuild, plan: PagePlan, carried: readonly string[]): string[] {
  const fingerprints = new Map(plan.pages.map((p) => [p.path, p.fingerprint]));
  const toCarry = new Set(carried);
  const still: string[] = [];
  for (const { path, fingerprint } of plan.pages) {
    // A page to render is written by Eleventy, in place: it must be a file of this folder alone.
    if (toCarry.has(path) && stale.pages.get(path) === fingerprint) continue;
    removeFile(join(stale.dir, path));
    if (toCarry.has(path)) still.push(path);
  }
  for (const path of stale.pages.keys()) {
    if (fingerprints.has(path) || SHARD_FOLDER.test(path)) continue;
    removeFile(join(stale.dir, path));
    removeEmptyFolder(dirname(join(stale.dir, path)));
  }
  return still;
}

/**
 * Whether the older build in the folder already holds this entry (a page, or a search shard) as it is now.
 * @example holds(stale, 'pagefind-a3', 'Zx1…=') // true
 */
export function holds(stale: PreviousBuild | null, path: string, fingerprint: string | undefined): boolean {
  return stale !== null && fingerprint !== undefined && stale.pages.get(path) === fingerprint;
}

/** A page's folder left empty once its page is gone (a build from nothing would not have it). */
function removeEmptyFolder(dir: string): void {
  try {
    rmdirSync(dir);
  } catch {
    // Not empty (another page, or the folder's own files): it stays.
  }
}

/**
 * A second folder holding the pages and search index of a build, as hard links, for the
 * first rebuild to bring up to date in place (the dev server readies it at start-up, so
 * that the first save is as quick as the others). The other files of a site (feeds, data,
 * assets) are written by every build anew and are not linked.
 * @example const other = await linkedCopy(served, '.cache/dev/build-2') // { dir: '.cache/dev/build-2', pages: served.pages }
 */
export async function linkedCopy(build: PreviousBuild, to: string): Promise<PreviousBuild> {
  rmSync(to, { recursive: true, force: true });
  const paths: string[] = [];
  for (const path of build.pages.keys()) {
    if (!SHARD_FOLDER.test(path)) paths.push(path);
    else if (existsSync(join(build.dir, path))) {
      for (const d of readdirSync(join(build.dir, path), { recursive: true, withFileTypes: true })) {
        if (d.isFile()) paths.push(join(path, d.parentPath.slice(join(build.dir, path).length), d.name));
      }
    }
  }
  if (existsSync(join(build.dir, SHARD_LIST))) paths.push(SHARD_LIST);
  await carryOverAlongside(build.dir, to, paths);
  return { dir: to, pages: build.pages };
}
