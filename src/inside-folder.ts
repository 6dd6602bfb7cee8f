/**
 * Whether a path lies inside a folder, on the disk as it is: by whole path segments (a
 * prefix test takes `/a/site-evil` for part of `/a/site`) and after symbolic links are
 * followed (a link inside a folder can lead anywhere). Shared by everything that must not
 * step out of a folder: the dev server, the output folder check, the content readers.
 */
import { lstatSync, realpathSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';

/**
 * True when `inner` is `outer` or lies inside it, compared by whole path segments.
 * @example isInside('/srv/site', '/srv/site-evil/x') // false
 */
export function isInside(outer: string, inner: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/**
 * The path with every symbolic link followed; the part that does not exist yet is kept as written.
 * @example realPath('/tmp/link-to-site/new/file') // '/srv/site/new/file'
 */
export function realPath(path: string): string {
  const absolute = resolve(path);
  try {
    return realpathSync(absolute);
  } catch {
    const parent = dirname(absolute);
    return parent === absolute ? absolute : join(realPath(parent), basename(absolute));
  }
}

/**
 * True when `file`, its links followed, is inside `folder`, its links followed.
 * @example isReallyInside('content', 'content/about.md') // false when about.md links to /etc/passwd
 */
export function isReallyInside(folder: string, file: string): boolean {
  return isInside(realPath(folder), realPath(file));
}

/**
 * True when `file` is a symbolic link whose target lies outside `folder`: such a link is
 * never followed (an about.md linked to any file on the machine would publish it). A link
 * within the folder, or a file that is no link, is not.
 * @example leadsOutOf('content', 'content/about.md') // true when about.md links to /etc/passwd
 */
export function leadsOutOf(folder: string, file: string): boolean {
  try {
    return lstatSync(file).isSymbolicLink() && !isReallyInside(folder, file);
  } catch {
    return false;
  }
}
