/**
 * `npm run add -- <file.txt...> [--source NAME] [--url URL] [--published YYYY-MM-DD] [--title T] [--content DIR]`
 * Copies articles into the articles folder under clean, unique names, with front
 * matter for what you pass. A text already in the folder is refused; no file is overwritten.
 */
import { basename, join, resolve } from 'node:path';
import { addArticle, articlesFolderOf, openArticleFolder, readArticleFile } from '../src/add/article-folder.ts';
import type { ArticleMeta } from '../src/add/metadata.ts';
import { commandLine } from './command-line.ts';

const USAGE = 'usage: npm run add -- <file.txt...> [--source NAME] [--url URL] [--published YYYY-MM-DD] [--title TITLE] [--content DIR]';

const { values, positionals } = commandLine(
  {
    allowPositionals: true,
    options: {
      source: { type: 'string' },
      url: { type: 'string' },
      published: { type: 'string' },
      title: { type: 'string' },
      content: { type: 'string' },
    },
  },
  USAGE,
);
if (!positionals.length) {
  console.error(USAGE);
  process.exit(2);
}
if (values.title !== undefined && positionals.length > 1) {
  console.error('--title names one article: add the files one at a time to give each its title');
  process.exit(2);
}

const content = resolve(values.content ?? process.env['DATELINE_CONTENT'] ?? 'content');
const articlesDir = articlesFolderOf(content);
const meta: ArticleMeta = {
  ...(values.source !== undefined ? { source: values.source } : {}),
  ...(values.url !== undefined ? { url: values.url } : {}),
  ...(values.published !== undefined ? { published: values.published } : {}),
  ...(values.title !== undefined ? { title: values.title } : {}),
};

const folder = openArticleFolder(articlesDir);
let refused = 0;
for (const path of positionals) {
  const read = readArticleFile(path);
  if (read.refused) {
    console.error(`${path}: not added: ${read.refused}`);
    refused++;
    continue;
  }
  const outcome = addArticle(folder, { text: read.text, meta, nameHint: basename(path), origin: path });
  if (outcome.kind === 'added') {
    for (const w of [...read.warnings, ...outcome.warnings]) console.warn(`${path}: note: ${w}`);
    console.log(`${path} -> ${join(articlesDir, outcome.file)}`);
  } else if (outcome.kind === 'duplicate') {
    console.error(`${path}: not added: the same text is already in ${join(articlesDir, outcome.of)}`);
    refused++;
  } else {
    for (const reason of outcome.reasons) console.error(`${path}: not added: ${reason}`);
    refused++;
  }
}
if (refused) process.exit(1);
