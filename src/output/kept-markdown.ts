/**
 * The About page's HTML kept on disk between builds. Rendering it loads remark and its
 * hundred small modules (about 0.15 s of every `npm run build` of a content folder with an
 * about.md), though the page rarely changes. A build keeps the HTML it rendered with a key
 * made of the Markdown and of what renders it (markdown.ts, remark's and remark-html's
 * versions, the lockfile); the next build whose Markdown and renderer give the same key
 * takes the HTML and does not load remark. The file sits in the project's own cache, beside
 * the facts cache: it is trusted as the facts are.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion } from '../package-version.ts';
import type { SanitizedMarkup } from './html.ts';

const FILE = 'about.json';

interface KeptFile {
  readonly key: string;
  readonly html: string;
}

/**
 * The HTML kept in `dir` for this Markdown, or null (none kept, another Markdown or renderer, an unreadable file).
 * @example keptHtml('.cache/about', '# Scope\n') // '<h2>Scope</h2>\n' once a build kept it
 */
export function keptHtml(dir: string, markdown: string): SanitizedMarkup | null {
  const file = join(dir, FILE);
  if (!existsSync(file)) return null;
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8')) as Partial<KeptFile> | null;
    return kept?.key === keyOf(markdown) && typeof kept.html === 'string' ? (kept.html as SanitizedMarkup) : null;
  } catch {
    return null;
  }
}

/**
 * Keeps the HTML rendered from this Markdown in `dir`, for the next build. A folder that
 * cannot be written costs only the rendering next time.
 * @example keepHtml('.cache/about', '# Scope\n', markdownToHtml('# Scope\n'))
 */
export function keepHtml(dir: string, markdown: string, html: SanitizedMarkup): void {
  try {
    mkdirSync(dir, { recursive: true });
    const file = join(dir, FILE);
    const temp = `${file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify({ key: keyOf(markdown), html } satisfies KeptFile));
    renameSync(temp, file);
  } catch {
    // Not kept: rendered again next time.
  }
}

let renderer: string | null = null;

/** What the HTML is made from: the Markdown and the renderer's code, packages and lockfile. */
function keyOf(markdown: string): string {
  renderer ??= rendererVersion();
  return createHash('sha1').update(renderer).update('\0').update(markdown).digest('base64');
}

function rendererVersion(): string {
  const hash = createHash('sha1').update(readFileSync(fileURLToPath(new URL('./markdown.ts', import.meta.url))));
  for (const name of ['remark', 'remark-html']) hash.update(`\0${name}@${packageVersion(name)}`);
  const lockfile = resolve(fileURLToPath(new URL('../../package-lock.json', import.meta.url)));
  if (existsSync(lockfile)) hash.update('\0').update(readFileSync(lockfile));
  return hash.digest('base64');
}
