/**
 * Removes a folder in a detached process, so that the build that replaced it need not wait:
 * the previous output of a large site is thousands of folders, and deleting them took longer
 * than rendering the few pages an added article changes. The process first renames the
 * folder to `<dir>.removing-<its pid>`: the build that named `dir` by its own pid is gone
 * by then, and the next build's clean-up, which removes what dead processes left, would
 * otherwise delete the folder itself, on its own time, while this process does. Should the
 * process be stopped, the folder is left under that name, which the next build's clean-up finds.
 */
import { spawn } from 'node:child_process';
import { renameSync } from 'node:fs';
import { rm } from 'node:fs/promises';

/** The detached process's script: rename the folder to name this process, then remove it (gone already: nothing to do). */
const REMOVE = `const fs = require('node:fs');
const named = process.argv[1] + '.removing-' + process.pid;
try { fs.renameSync(process.argv[1], named); } catch { process.exit(0); }
fs.rmSync(named, { recursive: true, force: true });`;

/**
 * Starts removing `dir` (recursively) and returns at once.
 * @example removeLater('/site/._site.previous-123')
 */
export function removeLater(dir: string): void {
  const child = spawn(process.execPath, ['-e', REMOVE, dir], {
    detached: true,
    stdio: 'ignore',
  });
  child.unref();
}

/** Folders moved aside by this process so far: each gets a name of its own. */
let movedAside = 0;

/**
 * Moves `dir` out of the way at once, beside `folder` as `<folder>.removing-<pid>-<n>`, and
 * removes it on Node's I/O threads: a search index part of a large site is thousands of
 * files, whose removal took half a second of the dev server's main thread per save. The
 * promise settles when it is gone (at once when `dir` was not there).
 * @example await removeAside('dev/build-1/pagefind-a3', 'dev/build-1') // moved to dev/build-1.removing-4242-0, then removed
 */
export function removeAside(dir: string, folder: string): Promise<void> {
  const aside = `${folder}.removing-${process.pid}-${movedAside++}`;
  try {
    renameSync(dir, aside);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return Promise.resolve();
    throw e;
  }
  return rm(aside, { recursive: true, force: true });
}
