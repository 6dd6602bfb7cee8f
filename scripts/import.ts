/**
 * `npm run import -- data.csv|data.jsonl [--map title=headline,body=text,source=outlet,url=link,published=date] [--content DIR]`
 * Brings in an article dataset: one file per row, through the same path as
 * `npm run add` (clean unique names, front matter, duplicates refused), then a summary.
 */
import { basename, extname, resolve } from 'node:path';
import { addArticle, articlesFolderOf, openArticleFolder } from '../src/add/article-folder.ts';
import { readRegularFile } from '../src/add/regular-file.ts';
import { parseFieldMap, readCsvDataset, readJsonlDataset, resolveColumns, rowArticle, type Dataset } from '../src/add/dataset.ts';
import { pushAll } from '../src/long-arrays.ts';
import { commandLine } from './command-line.ts';

const USAGE = 'usage: npm run import -- data.csv|data.jsonl [--map title=COL,body=COL,source=COL,url=COL,published=COL] [--content DIR]';
/** Skipped rows listed one by one up to this many; the rest are counted. */
const LISTED = 20;

const { values, positionals } = commandLine(
  {
    allowPositionals: true,
    options: { map: { type: 'string' }, content: { type: 'string' } },
  },
  USAGE,
);
const [input, ...extra] = positionals;
if (input === undefined || extra.length) fail(USAGE, 2);
const { map, errors } = parseFieldMap(values.map ?? '');
if (errors.length) fail(errors.join('\n'), 2);

const read = readRegularFile(input);
if ('refused' in read) fail(`${input}: ${read.refused}`, 1);
const text = read.bytes.toString('utf8');
const kind = /^\.(?:jsonl|ndjson)$/i.test(extname(input)) ? 'jsonl' : /^\.(?:csv|tsv)$/i.test(extname(input)) ? 'csv' : null;
if (!kind) fail(`${input}: give a .csv, .tsv, .jsonl or .ndjson file`, 2);
const dataset: Dataset = kind === 'jsonl' ? readJsonlDataset(text) : readCsvDataset(text);
const columns = resolveColumns(dataset.columns, map);
if (columns.body === undefined || !dataset.columns.includes(columns.body)) {
  fail(
    `${input}: no column holds the article text ${columns.body ? `("${columns.body}" is not a column)` : ''}\n` +
      `columns: ${dataset.columns.join(', ')}\ntell which one with --map body=COLUMN`,
    1,
  );
}
for (const field of ['title', 'source', 'url', 'published'] as const) {
  const column = columns[field];
  if (column !== undefined && !dataset.columns.includes(column)) fail(`${input}: --map ${field}=${column}: there is no column "${column}"`, 1);
}

const content = resolve(values.content ?? process.env['DATELINE_CONTENT'] ?? 'content');
const folder = openArticleFolder(articlesFolderOf(content));
const stem = basename(input, extname(input));
const skipped: string[] = dataset.broken.map((b) => `row ${b.number} ${b.reason}`);
const notes: string[] = [];
let imported = 0;
let duplicates = 0;
for (const row of dataset.rows) {
  const article = rowArticle(row, columns);
  if ('skip' in article) {
    skipped.push(`row ${row.number} ${article.skip}`);
    continue;
  }
  const outcome = addArticle(folder, { text: article.body, meta: article.meta, nameHint: `${stem}-${row.number}`, origin: `${input} row ${row.number}` });
  if (outcome.kind === 'added') {
    imported++;
    pushAll(
      notes,
      article.notes.map((n) => `row ${row.number}: ${n}`),
    );
  } else if (outcome.kind === 'duplicate') duplicates++;
  else skipped.push(`row ${row.number}: ${outcome.reasons.join('; ')}`);
}

const mapped = Object.entries(columns)
  .map(([field, column]) => `${field}=${column}`)
  .join(', ');
console.log(`${input}: columns ${mapped}`);
for (const line of skipped.slice(0, LISTED)) console.warn(`skipped: ${line}`);
if (skipped.length > LISTED) console.warn(`skipped: ... and ${skipped.length - LISTED} more rows`);
for (const line of notes.slice(0, LISTED)) console.warn(`note: ${line}`);
if (notes.length > LISTED) console.warn(`note: ... and ${notes.length - LISTED} more`);
if (dataset.problem) console.warn(`${input}: ${dataset.problem}: the rows after it were not read`);
console.log(`imported ${imported}, duplicates ${duplicates} (already in ${folder.dir} or twice in the file), skipped ${skipped.length}`);
if (dataset.problem || (imported === 0 && dataset.rows.length + dataset.broken.length > 0 && duplicates === 0)) process.exit(1);

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}
