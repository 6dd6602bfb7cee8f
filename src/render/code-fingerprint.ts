/**
 * A fingerprint of the code that turns the view into pages: the templates and their
 * parts, the Eleventy configuration, the output modules they import, this folder, and
 * the versions of Eleventy, Pagefind and the d3 parts the charts and map use. A change to any of them renders every page again.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Folders (every file under them) and files whose text is the rendering code, from the project root.
 * All of src/: the view also reads the model (labels, the subject rule) and the lexicon.
 */
const CODE = ['layouts', '.eleventy.js', 'src', 'scripts/render-site.ts'];
/** Packages whose output is in the pages: the renderer, the search index, and the charts' and map's arithmetic. */
const PACKAGES = ['@11ty/eleventy', 'pagefind', 'd3-scale', 'd3-time', 'd3-geo'];

/**
 * The fingerprint of the rendering code under `root`, with the settings every page depends on.
 * @example codeFingerprint(process.cwd(), { pathPrefix: '/' }) // 'k3J…='
 */
export function codeFingerprint(root: string, settings: Readonly<Record<string, string>>): string {
  const hash = createHash('sha1');
  hash.update(JSON.stringify(settings));
  for (const entry of CODE) {
    for (const file of filesUnder(root, entry)) hash.update(`\0${file}\0`).update(readFileSync(join(root, file)));
  }
  for (const name of PACKAGES) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    hash.update(`\0${name}@${existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version : 'none'}`);
  }
  return hash.digest('base64');
}

/** The files of a folder, in a fixed order, or the file itself. */
function filesUnder(root: string, entry: string): string[] {
  const path = join(root, entry);
  if (!existsSync(path)) return [];
  try {
    return readdirSync(path, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(entry, d.parentPath.slice(path.length), d.name))
      .sort();
  } catch {
    return [entry];
  }
}
