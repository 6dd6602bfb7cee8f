/**
 * Adding articles to a content folder: one new file per article under a clean,
 * unique name, with front matter for what the user said about it. A text that
 * is already in the folder is refused, and no file is ever overwritten.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeArticle } from '../ingest/decode.ts';
import { readFrontMatter } from '../ingest/front-matter.ts';
import { listArticleFiles } from '../ingest/list-files.ts';
import { readRegularFile } from './regular-file.ts';
import { articleFileName, textHash } from './file-name.ts';
import { frontMatterBlock, mergeMetadata, metadataProblems, type ArticleMeta } from './metadata.ts';

const ARTICLE_FILE = /\.(?:txt|md)$/i;

export interface NewArticle {
  /** The article as text (front matter of its own is kept, and merged with `meta`). */
  readonly text: string;
  /** Front matter to write; wins over the text's own. */
  readonly meta: ArticleMeta;
  /** Used for the file name when `meta.title` is not given (e.g. the source file's name). */
  readonly nameHint: string;
  /** Where it came from, for messages ("a.txt", "data.csv row 12"). */
  readonly origin: string;
}

export type AddOutcome =
  | { readonly kind: 'added'; readonly file: string; readonly warnings: readonly string[] }
  | { readonly kind: 'duplicate'; readonly of: string }
  | { readonly kind: 'invalid'; readonly reasons: readonly string[] };

/** An articles folder and the hashes of the texts it holds, read once so that adding many articles stays fast. */
export interface ArticleFolder {
  readonly dir: string;
  /** Text hash -> file name (relative to `dir`). */
  readonly texts: Map<string, string>;
}

/**
 * Where new articles go, by the build's rule: a folder with articles/ inside is a content folder;
 * a folder that already holds article files is the articles folder itself; a new or empty folder gets articles/.
 * @example articlesFolderOf('content') // 'content/articles'
 */
export function articlesFolderOf(dir: string): string {
  if (existsSync(join(dir, 'articles')) || !existsSync(dir)) return join(dir, 'articles');
  return readdirSync(dir).some((name) => ARTICLE_FILE.test(name)) ? dir : join(dir, 'articles');
}

/**
 * Indexes the texts already in an articles folder (created when missing).
 * @example openArticleFolder('content/articles').texts.size // 5
 */
export function openArticleFolder(dir: string): ArticleFolder {
  mkdirSync(dir, { recursive: true });
  const texts = new Map<string, string>();
  for (const file of listArticleFiles(dir, dir)) {
    const hash = bodyHash(decodeArticle(readFileSync(join(dir, file)), file).text, file);
    if (!texts.has(hash)) texts.set(hash, file);
  }
  return { dir, texts };
}

/**
 * Reads a file to add: decoded to text (legacy encodings too); binary files, folders and
 * anything else that is not a regular file are refused.
 * @example readArticleFile('a.txt') // { text: 'Palmyra ...', warnings: [] }
 */
export function readArticleFile(path: string): { readonly text: string; readonly warnings: readonly string[]; readonly refused?: string } {
  const read = readRegularFile(path);
  if ('refused' in read) return { text: '', warnings: [], refused: read.refused };
  const decoded = decodeArticle(read.bytes, path);
  const warnings = decoded.diagnostics.map((d) => d.message);
  if (decoded.encoding === 'binary') return { text: '', warnings, refused: warnings[0] ?? 'not a text file' };
  return { text: decoded.text, warnings };
}

/**
 * Writes one article into the folder, or says why not. Updates the folder's index.
 * @example addArticle(folder, { text, meta: { source: 'RT' }, nameHint: 'a.txt', origin: 'a.txt' }).kind // 'added'
 */
export function addArticle(folder: ArticleFolder, article: NewArticle): AddOutcome {
  const problems = metadataProblems(article.meta);
  if (problems.length) return { kind: 'invalid', reasons: problems };
  const split = readFrontMatter(article.text, article.origin);
  const body = split.content.replace(/\r\n?/g, '\n').trim();
  if (!body) return { kind: 'invalid', reasons: ['there is no text to add'] };
  const hash = textHash(body);
  const twin = folder.texts.get(hash);
  if (twin !== undefined) return { kind: 'duplicate', of: twin };
  const meta = mergeMetadata(split.data, article.meta);
  const name = uniqueName(folder, articleFileName(meta.title ?? article.nameHint, hash));
  // 'wx' fails if the name was taken meanwhile (another process): never overwrite a user's file.
  writeFileSync(join(folder.dir, name), `${frontMatterBlock(meta)}${body}\n`, { flag: 'wx' });
  folder.texts.set(hash, name);
  return { kind: 'added', file: name, warnings: split.diagnostics.map((d) => d.message) };
}

function bodyHash(text: string, file: string): string {
  return textHash(readFrontMatter(text, file).content);
}

function uniqueName(folder: ArticleFolder, name: string): string {
  let candidate = name;
  for (let n = 2; existsSync(join(folder.dir, candidate)); n++) candidate = name.replace(/\.txt$/, `-${n}.txt`);
  return candidate;
}
