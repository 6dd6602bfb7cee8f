import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ARTICLE_FILE = /\.(?:txt|md)$/i;

/**
 * Every article file (.txt or .md) under a folder, sub-folders too, as paths
 * relative to `base`, in a fixed order whatever order the file system lists them.
 * Hidden files and folders are skipped.
 * @example listArticleFiles('content/articles', '.') // ['content/articles/000_x.txt', ...]
 */
export function listArticleFiles(dir: string, base: string): string[] {
  return listEntries(dir, base)
    .filter((e) => e.regular && ARTICLE_FILE.test(e.path))
    .map((e) => e.path);
}

/**
 * Everything under a folder but folders (hidden ones skipped), relative to `base`, sorted by
 * code unit; `regular` is false for links and other special files, which are never read.
 */
function listEntries(dir: string, base: string): { path: string; regular: boolean }[] {
  const out: { path: string; regular: boolean }[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push({ path: relative(base, full).split(sep).join('/'), regular: entry.isFile() });
    }
  };
  walk(dir);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Files beside the articles that are data, not articles: not worth a note when skipped. */
const DATA_FILE = /\.(?:ya?ml|json|csv|tsv)$/i;

/**
 * Files under the articles folder that are not read (a .docx, .html or .pdf saved
 * there by mistake), so the build can say so instead of dropping them silently.
 * Hidden files and data files (.yml, .json, .csv) are left out.
 * @example listSkippedFiles('content/articles', '.') // ['content/articles/notes.docx']
 */
export function listSkippedFiles(dir: string, base: string): string[] {
  return listEntries(dir, base)
    .filter((e) => !(e.regular && ARTICLE_FILE.test(e.path)) && !DATA_FILE.test(e.path))
    .map((e) => e.path);
}
