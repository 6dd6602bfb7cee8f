/**
 * Carries unchanged pages from the previous build into the new one: a hard link where the
 * file system allows (no bytes copied, and the previous folder can go afterwards without
 * taking the page with it), else a copy.
 */
import { copyFile, link, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** Errors that say a hard link cannot be made here (another device, a file system without them): copy instead. */
const NO_LINKS = ['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'];
/** Files carried at once by carryOverAlongside: enough to keep libuv's four threads busy. */
const AT_ONCE = 16;

/**
 * Links (or copies) each file from `from` to the same path under `to`, on libuv's threads, so
 * that the main thread renders the changed pages meanwhile (a few thousand links and folders
 * take as long as Eleventy rendering a few dozen pages). The files must not be among those
 * written meanwhile.
 * @example const carried = carryOverAlongside('_site', '._site.building-1', paths); await render(); await carried
 */
export async function carryOverAlongside(from: string, to: string, paths: readonly string[]): Promise<void> {
  const made = new Map<string, Promise<unknown>>();
  let linking = true;
  // One file, once its folder is there: a link, else (from the first file that cannot be linked on) a copy.
  const carry = async (path: string): Promise<void> => {
    const target = join(to, path);
    const dir = dirname(target);
    let folder = made.get(dir);
    if (!folder) {
      folder = mkdir(dir, { recursive: true });
      made.set(dir, folder);
    }
    await folder;
    if (linking) {
      try {
        await link(join(from, path), target);
        return;
      } catch (e) {
        if (!NO_LINKS.includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
        linking = false;
      }
    }
    await copyFile(join(from, path), target);
  };
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let path = paths[next++]; path !== undefined; path = paths[next++]) {
      try {
        await carry(path);
      } catch (e) {
        // The others stop at their next file.
        next = paths.length;
        throw e;
      }
    }
  };
  await allDone(Array.from({ length: Math.min(AT_ONCE, paths.length) }, worker));
}

/**
 * Settles when every one of `work` has: a failure is reported only then, as the caller may
 * remove the folder, and work still under way would put links to the previous build back in it.
 */
async function allDone(work: readonly Promise<void>[]): Promise<void> {
  const settled = await Promise.allSettled(work);
  const failed = settled.find((s): s is PromiseRejectedResult => s.status === 'rejected');
  if (failed) throw failed.reason;
}
