import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parseCsv } from '../../src/add/csv.ts';
import { readFrontMatter } from '../../src/ingest/front-matter.ts';
import { ROOT } from '../helpers/build-site.ts';
import { tempDir } from '../helpers/temp.ts';

const BODY_A = 'The Syrian army said on Sunday that it had retaken the city of Palmyra, according to state media.';
const BODY_B = 'Russian jets carried out 64 air strikes near Palmyra on Saturday, the defence ministry said.';
const BODY_C = 'Thousands of people left eastern Aleppo on Thursday, the Red Crescent said.';

// Quoted commas, doubled quotes, a line break inside a field, CRLF line ends and a BOM.
const CSV =
  '\ufeffheadline,text,outlet,link,date\r\n' +
  `"Palmyra retaken, army says","${BODY_A}",SANA,https://sana.sy/en/?p=1,2017-03-02\r\n` +
  `"Jets strike ""Daesh"" near Palmyra","${BODY_B}\r\nA second paragraph.",RT,https://www.rt.com/news/1,2016-12-10T07:31:00Z\r\n` +
  `"Again, the same",${JSON.stringify(BODY_A)},SANA,,\r\n` +
  'No text here,,SANA,,\r\n' +
  `"Aleppo exodus","${BODY_C}",Reuters,not-a-link,11/12/2016\r\n` +
  'too,few\r\n';

const JSONL = [
  JSON.stringify({ title: 'Palmyra retaken', body: BODY_A, source: 'SANA', url: 'https://sana.sy/en/?p=1', published: '2017-03-02' }),
  '{"title": "broken',
  JSON.stringify({ title: 'Aleppo exodus', body: BODY_C, source: 'Reuters' }),
  JSON.stringify({ title: 'no body', source: 'Reuters' }),
  '',
].join('\n');

function importFile(args: string[]): { code: number; out: string; err: string } {
  // The timeout: a command that waits a minute on a file is taken as hung.
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr };
}

function fixture(name: string, text: string): { file: string; content: string; articles: string } {
  const dir = tempDir('dateline-import-');
  const file = join(dir, name);
  writeFileSync(file, text);
  const content = join(dir, 'content');
  return { file, content, articles: join(content, 'articles') };
}

const frontMatters = (dir: string): Record<string, unknown>[] =>
  readdirSync(dir)
    .sort()
    .map((f) => ({ ...readFrontMatter(readFileSync(join(dir, f), 'utf8'), f).data }));

describe('npm run import with a CSV file', () => {
  test('refuses a folder or a named pipe with a message, and never hangs', () => {
    const dir = tempDir('dateline-import-');
    const folder = join(dir, 'rows.csv');
    mkdirSync(folder);
    const pipe = join(dir, 'pipe.csv');
    assert.equal(spawnSync('mkfifo', [pipe]).status, 0, 'mkfifo made a named pipe');
    const content = join(dir, 'content');
    const fromFolder = importFile([folder, '--content', content]);
    assert.equal(fromFolder.code, 1, fromFolder.err);
    assert.match(fromFolder.err, /rows\.csv: a folder, not a file/);
    const fromPipe = importFile([pipe, '--content', content]);
    assert.equal(fromPipe.code, 1, fromPipe.err);
    assert.match(fromPipe.err, /pipe\.csv: not a regular file/);
  });

  test('writes one article per good row, with its front matter, and a summary of the rest', () => {
    const { file, content, articles } = fixture('news.csv', CSV);
    const run = importFile([file, '--map', 'title=headline,body=text,source=outlet,url=link,published=date', '--content', content]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /imported 3, duplicates 1 .*skipped 2/);
    assert.match(run.err, /skipped: row 4 has no text in column "text"/);
    assert.match(run.err, /skipped: row 6 has 2 fields where the header has 5/);
    assert.match(run.err, /note: row 5: "11\/12\/2016" is not a YYYY-MM-DD date/);
    const fms = frontMatters(articles);
    assert.equal(fms.length, 3);
    assert.ok(fms.some((fm) => fm['title'] === 'Palmyra retaken, army says' && fm['source'] === 'SANA' && fm['published'] === '2017-03-02'));
    assert.ok(fms.some((fm) => fm['title'] === 'Jets strike "Daesh" near Palmyra' && fm['published'] === '2016-12-10'));
    assert.ok(fms.some((fm) => fm['title'] === 'Aleppo exodus' && fm['url'] === undefined && fm['published'] === undefined));
  });

  test('keeps the line break inside a quoted field in the article text', () => {
    const { file, content, articles } = fixture('news.csv', CSV);
    importFile([file, '--map', 'title=headline,body=text', '--content', content]);
    const texts = readdirSync(articles).map((f) => readFileSync(join(articles, f), 'utf8'));
    assert.ok(texts.some((t) => t.includes(`${BODY_B}\nA second paragraph.`)));
  });

  test('finds the usual column names without a map', () => {
    const { file, content, articles } = fixture('news.csv', CSV);
    const run = importFile([file, '--content', content]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /columns title=headline, body=text, source=outlet, url=link, published=date/);
    assert.equal(readdirSync(articles).length, 3);
  });

  test('a second import of the same file adds nothing', () => {
    const { file, content, articles } = fixture('news.csv', CSV);
    importFile([file, '--content', content]);
    const again = importFile([file, '--content', content]);
    assert.match(again.out, /imported 0, duplicates 4/);
    assert.equal(readdirSync(articles).length, 3);
  });

  test('names the column to map when none holds the text', () => {
    const { file, content } = fixture('odd.csv', 'heading,words\nA,Some text\n');
    const run = importFile([file, '--content', content]);
    assert.equal(run.code, 1);
    assert.match(run.err, /no column holds the article text[\s\S]*columns: heading, words[\s\S]*--map body=COLUMN/);
    assert.equal(importFile([file, '--map', 'body=words', '--content', content]).code, 0);
  });

  test('refuses a map to a field or a column that does not exist', () => {
    const { file, content } = fixture('news.csv', CSV);
    assert.match(importFile([file, '--map', 'author=outlet', '--content', content]).err, /"author" is not a field/);
    assert.match(importFile([file, '--map', 'source=publisher', '--content', content]).err, /there is no column "publisher"/);
  });

  test('reports a quoted field that is never closed, and keeps the rows before it', () => {
    const { file, content, articles } = fixture('cut.csv', `title,body\nA,${JSON.stringify(BODY_A)}\nB,"${BODY_C}\n`);
    const run = importFile([file, '--content', content]);
    assert.equal(run.code, 1);
    assert.match(run.err, /a quoted field opened on line 3 is never closed/);
    assert.equal(readdirSync(articles).length, 1);
  });
});

describe('npm run import with a JSON Lines file', () => {
  test('writes one article per object and skips broken lines and rows without text', () => {
    const { file, content, articles } = fixture('news.jsonl', JSONL);
    const run = importFile([file, '--content', content]);
    assert.equal(run.code, 0, run.err);
    assert.match(run.out, /imported 2, duplicates 0 .*skipped 2/);
    assert.match(run.err, /skipped: row 2 is not JSON/);
    assert.match(run.err, /skipped: row 4 has no text in column "body"/);
    assert.deepEqual(
      frontMatters(articles)
        .map((fm) => fm['title'])
        .sort(),
      ['Aleppo exodus', 'Palmyra retaken'],
    );
  });

  test('refuses rows whose text is already in the folder from a CSV import', () => {
    const csv = fixture('news.csv', CSV);
    importFile([csv.file, '--content', csv.content]);
    const jsonl = fixture('news.jsonl', JSONL);
    const run = importFile([jsonl.file, '--content', csv.content]);
    assert.match(run.out, /imported 0, duplicates 2/);
  });
});

describe('the CSV reader', () => {
  test('reads quoted fields with commas, doubled quotes and line breaks', () => {
    assert.deepEqual(parseCsv('a,b\r\n"1,2","say ""hi""\nthere"\r\n').rows, [
      ['a', 'b'],
      ['1,2', 'say "hi"\nthere'],
    ]);
  });

  test('keeps empty fields and a last line without a line end', () => {
    assert.deepEqual(parseCsv('a,,c\n,,').rows, [
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  test('does not make rows of blank lines', () => {
    assert.deepEqual(parseCsv('a\n\n\nb\n').rows, [['a'], ['b']]);
  });
});
