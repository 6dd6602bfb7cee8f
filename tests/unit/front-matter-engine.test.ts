/**
 * The front matter's YAML is read with gray-matter's own YAML engine, on the block cut as
 * matter() cuts it: the same data, and the same error, as matter() gives.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { test } from 'node:test';
import matter from 'gray-matter';
import { OPENING, yamlBlock, yamlData } from '../../src/ingest/front-matter.ts';
import { samples } from '../helpers/samples.ts';

/** What matter() reads from the text up to the closing line, or its error's message. */
function byMatter(front: string): string {
  try {
    return JSON.stringify(matter(front, { engines: {} }).data);
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

function byEngine(text: string, opening: RegExpExecArray, close: number): string {
  try {
    return JSON.stringify(yamlData(yamlBlock(text, opening, close)) ?? {});
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

const OPENINGS = ['---\n', '--- \n', '---yaml\n', '--- YAML \n', '---\tyml\n'];
const LINES = [
  'title: Strikes hit the town',
  'source: "Wire: B"',
  'published: 2016-02-30',
  'url: https://example.org/a',
  '# a comment',
  '  # indented comment',
  '\t# a comment after a tab',
  '',
  '   ',
  'tags: [a, b',
  '- a list item',
  'just words',
  'key: value # trailing',
  'a: 1\n  b: 2',
  '~',
  'title: |\n  two\n  lines',
  '"unclosed',
  'x: @bad',
];

test('reads the YAML of front matter as gray-matter does, errors included', () => {
  for (const opening of OPENINGS) {
    for (const lines of samples(
      LINES.map((l) => `${l}\n`),
      400,
      4,
      opening.length,
    )) {
      const text = `${opening}${lines}---\nBody`;
      const m = OPENING.exec(text);
      assert.ok(m, JSON.stringify(text));
      const close = text.indexOf('\n---', m[0].length - 1);
      assert.equal(byEngine(text, m, close), byMatter(text.slice(0, close + 4)), JSON.stringify(text));
    }
  }
});

test('gray-matter is loaded only once a file has front matter', () => {
  // A process of its own: the other tests here load gray-matter themselves.
  const code = `
    import { createRequire } from 'node:module';
    import { readFrontMatter } from ${JSON.stringify(new URL('../../src/ingest/front-matter.ts', import.meta.url).href)};
    const cache = createRequire(import.meta.url).cache;
    const loaded = () => Object.keys(cache).some((path) => path.includes('/node_modules/gray-matter/'));
    readFrontMatter('Rockets hit the town on Monday.\\n', 'plain.txt');
    const before = loaded();
    const { data } = readFrontMatter('---\\nsource: The Courier\\n---\\nRockets hit the town on Monday.\\n', 'with-front-matter.txt');
    console.log(JSON.stringify({ before, after: loaded(), source: data.source }));`;
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout), { before: false, after: true, source: 'The Courier' });
});
