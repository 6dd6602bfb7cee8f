/**
 * Carries unchanged pages from the previous build into the new one: a hard link where the
 * file system allows (no bytes copied, and the previous folder can go afterwards without
 * taking the page with it), else a copy.
 */
import { copyFileSync, linkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Links (or copies) each file from `from` to the same path under `to`.
 * @example carryOver('_site', '._site.building-1', ['articles/a/index.html'])
 */
export function carryOver(from: string, to: string, paths: readonly string[]): void {
  const made = new Set<string>();
  let link = true;
  for (const path of paths) {
    const target = join(to, path);
    const dir = dirname(target);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    if (link) {
      try {
        linkSync(join(from, path), target);
        continue;
      } catch (e) {
        // Another device, or a file system without hard links: copy this one and the rest.
        if (!['EXDEV', 'EPERM', 'ENOTSUP', 'EMLINK'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
        link = false;
      }
    }
    copyFileSync(join(from, path), target);
  }
}
