/**
 * Files and folders a killed process left (`kill -9` during a build): each carries its
 * process id in its name, so the next run can tell a leftover from the work of a build
 * that is still running, and remove only the former.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** True while a process of this id runs (EPERM: it runs, as another user). */
export function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the entries of `dir` whose name matches `pattern` (its first group: a process id)
 * and whose process is gone; returns their paths. A folder that cannot be listed has none.
 * @example removeLeftovers('.cache/articles/v1', /\.(\d+)\.\d+\.\d+\.tmp$/) // ['.cache/articles/v1/.k.4242.0.1.tmp']
 */
export function removeLeftovers(dir: string, pattern: RegExp): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || processIsAlive(pid)) continue;
    rmSync(join(dir, name), { recursive: true, force: true });
    removed.push(join(dir, name));
  }
  return removed;
}
