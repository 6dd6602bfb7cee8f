import { type Dirent, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { isReallyInside } from '../inside-folder.ts';
import type { Diagnostic } from '../model/types.ts';

const ARTICLE_FILE = /\.(?:txt|md)$/i;

/**
 * Every article file (.txt or .md) under a folder, sub-folders too, as paths
 * relative to `base`, in a fixed order whatever order the file system lists them.
 * Hidden files and folders are skipped.
 * @example listArticleFiles('content/articles', '.') // ['content/articles/000_x.txt', ...]
 */
export function listArticleFiles(dir: string, base: string): string[] {
  return articlesOf(listEntries(dir, base));
}

/** A folder of articles as one listing gives it: the files read as articles, and what the build says about the rest. */
export interface ArticleFolder {
  /** As listArticleFiles. */
  readonly files: readonly string[];
  /** As skippedFileDiagnostics. */
  readonly problems: readonly Diagnostic[];
}

/**
 * The article files and the notes on the other files of a folder, from one listing: a build
 * needs both, and listing a folder of 10,000 articles twice cost it twice.
 * @example listArticleFolder('content/articles', '.').files // ['content/articles/000_x.txt', ...]
 */
export function listArticleFolder(dir: string, base: string): ArticleFolder {
  const listing = listEntries(dir, base);
  return { files: articlesOf(listing), problems: problemsOf(listing) };
}

const articlesOf = ({ entries }: Listing): string[] => entries.filter((e) => e.regular && ARTICLE_FILE.test(e.path)).map((e) => e.path);

/** Linux's PATH_MAX: a longer path cannot be opened (ENAMETOOLONG), whatever the folder holds. */
const PATH_MAX_BYTES = 4096;

interface Listing {
  /** Every file but folders, relative to `base`, sorted by code unit; `regular` is false for links and other special files, which are never read. */
  readonly entries: { path: string; regular: boolean }[];
  /** Folders and files that could not be listed or opened, with why: their articles are left out, with a warning. */
  readonly unreadable: { path: string; why: string }[];
}

/** Everything under a folder (hidden files and folders skipped); what cannot be read is listed apart, never thrown. */
function listEntries(dir: string, base: string): Listing {
  const entries: Listing['entries'] = [];
  const unreadable: Listing['unreadable'] = [];
  const shown = (full: string): string => relative(base, full).split(sep).join('/');
  const walk = (d: string): void => {
    let listed: Dirent[];
    try {
      listed = readdirSync(d, { withFileTypes: true });
    } catch (e) {
      unreadable.push({ path: shown(d), why: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
      return;
    }
    // A name holds no separator: an entry is shown as its folder, shown once, then its name
    // (path.relative resolves both of its paths again, for each of 10,000 files a save).
    const folder = shown(d);
    const shownIn = (name: string): string => (folder ? `${folder}/${name}` : name);
    for (const entry of listed) {
      if (entry.name.startsWith('.')) continue;
      const full = join(d, entry.name);
      if (Buffer.byteLength(full) >= PATH_MAX_BYTES) unreadable.push({ path: shownIn(entry.name), why: 'ENAMETOOLONG' });
      else if (entry.isSymbolicLink()) {
        // A link is followed only to a file inside the folder: one leading out is never read.
        if (!isReallyInside(dir, full)) unreadable.push({ path: shownIn(entry.name), why: 'LINK_OUT' });
        else entries.push({ path: shownIn(entry.name), regular: isRegularFile(full) });
      } else if (entry.isDirectory()) walk(full);
      else entries.push({ path: shownIn(entry.name), regular: entry.isFile() });
    }
  };
  walk(dir);
  entries.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  unreadable.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { entries, unreadable };
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
  return skippedOf(listEntries(dir, base));
}

const skippedOf = ({ entries }: Listing): string[] =>
  entries.filter((e) => !(e.regular && ARTICLE_FILE.test(e.path)) && !DATA_FILE.test(e.path)).map((e) => e.path);

const isRegularFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/** Why a path could not be read, and what to do. */
const WHY: Readonly<Record<string, readonly [string, string]>> = {
  ENAMETOOLONG: ['its path is longer than the system allows (4,096 bytes)', 'move the articles to a folder with a shorter path'],
  EACCES: ['permission denied', 'make the folder readable'],
  LINK_OUT: ['a symbolic link to a place outside the articles folder, which is never followed', 'copy the article into the articles folder'],
};

/**
 * What the build says about the articles folder beyond its articles: a note per file that
 * is not read, and a warning per folder or file that could not be read (a path over 4,096
 * bytes, no permission), whose articles are left out while the build goes on.
 * @example skippedFileDiagnostics('content/articles', '.') // [{ file: 'content/articles/notes.docx', severity: 'info', code: 'skipped-file', ... }]
 */
export function skippedFileDiagnostics(dir: string, base: string): Diagnostic[] {
  return problemsOf(listEntries(dir, base));
}

function problemsOf(listing: Listing): Diagnostic[] {
  const problems: Diagnostic[] = listing.unreadable.map(({ path, why }) => ({
    file: path,
    severity: 'warning',
    code: 'unreadable-path',
    message: `not read (${WHY[why]?.[0] ?? why}): the articles in it were left out`,
    hint: WHY[why]?.[1] ?? 'make it a readable file or folder inside the articles folder',
  }));
  const skipped: Diagnostic[] = skippedOf(listing).map((file) => ({
    file,
    severity: 'info',
    code: 'skipped-file',
    message: 'not read: only .txt and .md files are read as articles',
    hint: 'save the article as plain text (.txt) to have it read',
  }));
  return [...problems, ...skipped];
}
