/**
 * Reads a file a user names on the command line (`npm run add`, `npm run import`), only
 * when it is a regular file: a folder threw an uncaught EISDIR, and a named pipe (FIFO)
 * made the command wait forever. The file is opened without waiting and checked on the
 * open handle, so it cannot be swapped for something else in between.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync } from 'node:fs';

/** The file's bytes, or why it is not read. */
export type RegularFileRead = { readonly bytes: Buffer } | { readonly refused: string };

const WHY: Readonly<Record<string, string>> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  ENAMETOOLONG: 'the path is longer than the system allows',
};

/**
 * Reads `path` when it is a regular file (a link to one is followed).
 * @example readRegularFile('content') // { refused: 'a folder, not a file: name the files in it, e.g. content/*.txt' }
 */
export function readRegularFile(path: string): RegularFileRead {
  let fd: number;
  try {
    // O_NONBLOCK: opening a named pipe does not wait for a writer.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? '';
    return { refused: WHY[code] ?? `could not be opened (${code || (e as Error).message})` };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { refused: `a folder, not a file: name the files in it, e.g. ${path.replace(/\/+$/, '')}/*.txt` };
    if (!stat.isFile()) return { refused: 'not a regular file (a named pipe, device or socket): only files are read' };
    return { bytes: readFileSync(fd) };
  } catch (e) {
    return { refused: `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  } finally {
    closeSync(fd);
  }
}
