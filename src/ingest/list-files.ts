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
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() && ARTICLE_FILE.test(entry.name)) out.push(relative(base, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
