import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * An installed package's version, from the package.json above its main file (a package's
 * exports may not list its package.json); '' when it cannot be found.
 * @example packageVersion('d3-geo') // '3.1.1'
 */
export function packageVersion(name: string): string {
  let main: string;
  try {
    main = require.resolve(name);
  } catch {
    return '';
  }
  for (let dir = dirname(main); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string; version?: string };
    if (found === name) return version ?? '';
  }
  return '';
}
