import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readFrontMatter } from '../../src/ingest/front-matter.ts';
import { ROOT } from '../helpers/build-site.ts';
import { tempDir } from '../helpers/temp.ts';

const SEED = join(ROOT, 'content', 'articles', '000_81e78f0b521ea31c.txt');

/** Not a timing: a command that waits this long on a file is taken as hung. */
const PATIENCE_MS = 60_000;

function add(args: string[]): { code: number; out: string; err: string } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/add.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: PATIENCE_MS });
  return { code: run.status ?? -1, out: run.stdout, err: run.stderr };
}

function emptyContent(): { content: string; articles: string } {
  const content = tempDir('dateline-add-');
  return { content, articles: join(content, 'articles') };
}

/** Files to add live apart from the content folder. */
const scratch = (): string => tempDir('dateline-add-src-');

const files = (dir: string): string[] => readdirSync(dir).sort();

describe('npm run add', () => {
  test('refuses a folder and a named pipe with a message, adds the files beside them, and never hangs', () => {
    const { content, articles } = emptyContent();
    const dir = scratch();
    const pipe = join(dir, 'pipe.txt');
    assert.equal(spawnSync('mkfifo', [pipe]).status, 0, 'mkfifo made a named pipe');
    const run = add([dir, pipe, SEED, join(dir, 'missing.txt'), '--content', content]);
    assert.equal(run.code, 1, run.err);
    assert.match(run.err, /: not added: a folder, not a file: name the files in it/);
    assert.match(run.err, /pipe\.txt: not added: not a regular file/);
    assert.match(run.err, /missing\.txt: not added: no such file/);
    assert.doesNotMatch(run.err, /EISDIR|at .*\.ts:\d+/, 'no stack trace');
    assert.equal(files(articles).length, 1, 'the article beside them was added');
  });

  test('copies an article under a clean name and writes front matter for what was passed', () => {
    const { content, articles } = emptyContent();
    const run = add([SEED, '--content', content, '--source', 'Arab News', '--url', 'https://www.arabnews.com/node/1', '--published', '2016-12-11']);
    assert.equal(run.code, 0, run.err);
    const [name] = files(articles);
    assert.match(name ?? '', /^000-81e78f0b521ea31c-[0-9a-f]{8}\.txt$/);
    const split = readFrontMatter(readFileSync(join(articles, name ?? ''), 'utf8'), 'x');
    assert.deepEqual(split.data, { source: 'Arab News', url: 'https://www.arabnews.com/node/1', published: '2016-12-11' });
    assert.equal(split.content.trim(), readFileSync(SEED, 'utf8').replace(/\r\n?/g, '\n').trim());
    assert.match(run.out, /-> .*\.txt/);
  });

  test('names the file after the title when one is given', () => {
    const { content, articles } = emptyContent();
    assert.equal(add([SEED, '--content', content, '--title', 'Russian jets strike Palmyra, again!']).code, 0);
    assert.match(files(articles)[0] ?? '', /^russian-jets-strike-palmyra-again-[0-9a-f]{8}\.txt$/);
  });

  test('refuses the same text a second time, with a message that names the file holding it', () => {
    const { content, articles } = emptyContent();
    add([SEED, '--content', content]);
    const again = add([SEED, '--content', content, '--source', 'Other']);
    assert.equal(again.code, 1);
    assert.match(again.err, /not added: the same text is already in .*000-81e78f0b521ea31c-[0-9a-f]{8}\.txt/);
    assert.equal(files(articles).length, 1);
  });

  test('counts a text with other line ends as the same text', () => {
    const { content, articles } = emptyContent();
    add([SEED, '--content', content]);
    const crlf = join(scratch(), 'crlf.txt');
    writeFileSync(crlf, readFileSync(SEED, 'utf8').replace(/\n/g, '\r\n'));
    assert.equal(add([crlf, '--content', content]).code, 1);
    assert.equal(files(articles).length, 1);
  });

  test('never overwrites a file that already has the chosen name', () => {
    const { content, articles } = emptyContent();
    add([SEED, '--content', content]);
    const [first] = files(articles);
    // Same name, other text: a file the user wrote by hand.
    const mine = join(articles, first ?? '');
    writeFileSync(mine, 'My own notes.\n');
    assert.equal(add([SEED, '--content', content]).code, 0);
    assert.equal(readFileSync(mine, 'utf8'), 'My own notes.\n');
    assert.equal(files(articles).length, 2);
    assert.ok(files(articles).some((f) => /-2\.txt$/.test(f)));
  });

  test('keeps the article’s own front matter and lets the options win over it', () => {
    const { content, articles } = emptyContent();
    const own = join(scratch(), 'own.txt');
    writeFileSync(own, '---\ntitle: Palmyra retaken\nsource: RT\n---\nThe army said it had retaken the city on Sunday.\n');
    assert.equal(add([own, '--content', content, '--source', 'TASS']).code, 0);
    const [name] = files(articles);
    assert.match(name ?? '', /^palmyra-retaken-/);
    assert.deepEqual(readFrontMatter(readFileSync(join(articles, name ?? ''), 'utf8'), 'x').data, { title: 'Palmyra retaken', source: 'TASS' });
  });

  test('adds into a folder that already holds articles (not a content folder) directly', () => {
    const bare = scratch();
    writeFileSync(join(bare, 'mine.txt'), 'An article of my own about the fighting near Homs on Monday.\n');
    assert.equal(add([SEED, '--content', bare]).code, 0);
    assert.equal(files(bare).length, 2);
  });

  test('adds several files in one run', () => {
    const { content, articles } = emptyContent();
    const seeds = readdirSync(join(ROOT, 'content', 'articles')).map((f) => join(ROOT, 'content', 'articles', f));
    assert.equal(add([...seeds, '--content', content]).code, 0);
    assert.equal(files(articles).length, seeds.length);
  });
});

describe('npm run add: what it refuses', () => {
  test('a publication date that is not a calendar day, and writes nothing', () => {
    const { content } = emptyContent();
    const run = add([SEED, '--content', content, '--published', '2016-02-30']);
    assert.equal(run.code, 1);
    assert.match(run.err, /--published "2016-02-30" is not a date: write it as YYYY-MM-DD/);
    assert.deepEqual(
      files(content).flatMap((d) => files(join(content, d))),
      [],
    );
  });

  test('an address that is not a web address', () => {
    const { content } = emptyContent();
    assert.match(add([SEED, '--content', content, '--url', 'javascript:alert(1)']).err, /is not a web address/);
  });

  test('a binary file', () => {
    const { content } = emptyContent();
    const png = join(scratch(), 'photo.txt');
    writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]));
    const run = add([png, '--content', content]);
    assert.equal(run.code, 1);
    assert.match(run.err, /not added: .*PNG/);
  });

  test('an empty file and a missing file', () => {
    const { content } = emptyContent();
    const empty = join(scratch(), 'empty.txt');
    writeFileSync(empty, '\n\n');
    const run = add([empty, join(content, 'missing.txt'), '--content', content]);
    assert.equal(run.code, 1);
    assert.match(run.err, /empty\.txt: not added: there is no text to add/);
    assert.match(run.err, /missing\.txt: not added: no such file/);
  });

  test('no file at all, with the usage line', () => {
    const run = add([]);
    assert.equal(run.code, 2);
    assert.match(run.err, /usage: npm run add/);
  });
});
