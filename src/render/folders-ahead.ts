/**
 * The folders of a rebuild's pages, made ahead on a thread of their own while the data step
 * runs. Every page is a folder of its own (`articles/x/index.html`), and on the file systems
 * this was measured on, making a folder cost five times linking a file into it: after one
 * article was added to 1,000, carrying the 3,800 unchanged pages over took the carrying thread
 * about 0.8 s, most of it making folders, and the build waited for it once its few pages were
 * rendered. A new build's pages are known only once its data is, but nearly all of them are
 * the previous build's: their folders are made ahead into the new build's folder, and those
 * the new build has no page in are removed once it is rendered (it must hold the same folders
 * as a build from nothing).
 */
import { rmdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { Worker } from 'node:worker_threads';

/** The thread's code (plain JavaScript, so it runs the same under tsx and precompiled). */
const MAKE = `
const { parentPort, workerData } = require('node:worker_threads');
const { mkdirSync, readlinkSync } = require('node:fs');
const { setPriority } = require('node:os');
const { join } = require('node:path');
const { to, folders } = workerData;
// On Linux a thread has a priority of its own: this one yields to the build's main thread.
try {
  setPriority(Number(readlinkSync('/proc/thread-self').split('/').pop()), 19);
} catch {}
try {
  for (const folder of folders) mkdirSync(join(to, folder), { recursive: true });
} catch (e) {
  parentPort.postMessage({ code: e.code, message: e.message });
}
`;

/**
 * The folders holding `paths` (paths under a site's folder, `/`-separated), each parent
 * before its children, the site's folder itself left out.
 * @example foldersOf(['a/x/index.html', 'a/index.html', 'index.html']) // ['a', 'a/x']
 */
export function foldersOf(paths: Iterable<string>): string[] {
  const folders = new Set<string>();
  for (const path of paths) {
    for (let folder = posix.dirname(path); folder !== '.' && folder !== '/' && !folders.has(folder); folder = posix.dirname(folder)) {
      folders.add(folder);
    }
  }
  return [...folders].sort();
}

/**
 * Makes the folders holding `paths` under `to`, on a thread of its own; settles with the
 * folders made (relative to `to`) once the thread has stopped, or fails with its first error.
 * @example const ahead = makeFoldersAhead('._site.building-1', previous.pages.keys())
 */
export function makeFoldersAhead(to: string, paths: Iterable<string>): Promise<readonly string[]> {
  const folders = foldersOf(paths);
  if (!folders.length) return Promise.resolve([]);
  return new Promise((resolve, reject) => {
    let failure: Error | null = null;
    const worker = new Worker(MAKE, { eval: true, workerData: { to, folders }, execArgv: [] });
    worker.once('message', (m: { code?: string; message: string }) => {
      failure = Object.assign(new Error(m.message), m.code ? { code: m.code } : {});
    });
    worker.once('error', (e) => {
      failure ??= e;
    });
    worker.once('exit', () => (failure ? reject(failure) : resolve(folders)));
  });
}

/**
 * Removes, of the folders made ahead under `to`, those that hold none of `pages` and are
 * empty (deepest first, so a folder emptied by it goes too); returns them. A folder that
 * holds something else the build wrote stays.
 * @example removeFoldersLeftEmpty('_site.building-1', ['articles/gone'], ['index.html']) // ['articles/gone']
 */
export function removeFoldersLeftEmpty(to: string, made: readonly string[], pages: Iterable<string>): string[] {
  const needed = new Set(foldersOf(pages));
  const removed: string[] = [];
  for (const folder of [...made].reverse()) {
    if (needed.has(folder)) continue;
    try {
      rmdirSync(join(to, folder));
      removed.push(folder);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOENT') throw e;
    }
  }
  return removed;
}
