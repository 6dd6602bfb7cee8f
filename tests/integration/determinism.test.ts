/**
 * Same input, same output: two builds of the same articles are equal byte for
 * byte, whatever order the files were written (and so listed) in.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, test } from 'node:test';
import { listArticleFiles, listArticleFolder, listSkippedFiles } from '../../src/ingest/list-files.ts';
import { snapshot } from '../helpers/snapshot.ts';
import { tempDir } from '../helpers/temp.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'content', 'articles');
const CACHE = tempDir('dateline-det-cache-');

function runBuild(args: readonly string[]): { status: number | null; stderr: string } {
  const env = { ...process.env };
  for (const key of ['SOURCE_DATE_EPOCH', 'DATELINE_CONTENT', 'DATELINE_OUT']) delete env[key];
  // A cache of this test's own: the second build reads from it, so the cache must not change the output either.
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...env, DATELINE_CACHE: CACHE },
  });
  return { status: r.status, stderr: r.stderr };
}

/** The seeds in a content folder at a fixed path, written in the given order of names. */
function seedsAt(dir: string, names: readonly string[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'articles'), { recursive: true });
  for (const registry of readdirSync(join(ROOT, 'content')).filter((f) => f.endsWith('.yml'))) cpSync(join(ROOT, 'content', registry), join(dir, registry));
  for (const name of names) writeFileSync(join(dir, 'articles', name), readFileSync(join(SEEDS, name)));
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.filter((n) => a.get(n) !== b.get(n));
}

describe('same input, same output', () => {
  test('building the seed articles twice gives the same bytes in every file', () => {
    const [one, two] = [0, 1].map(() => join(tempDir('dateline-det-'), '_site'));
    const timings = join(tempDir('dateline-timings-'), 'timings.json');
    assert.equal(runBuild(['--out', one!]).status, 0);
    // The second build also says where its time went (for the bench): that changes no byte of the site.
    assert.equal(runBuild(['--out', two!, '--timings', timings]).status, 0);
    const a = snapshot(one!);
    assert.ok(a.size > 10, 'the site was written');
    assert.deepEqual(differences(a, snapshot(two!)), []);
    const said = JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>;
    const pages = [...a.keys()].filter((f) => f.endsWith('.html')).length;
    assert.equal(said['articles'], 5);
    assert.equal(said['pages'], pages);
    assert.equal(said['rendered']! + said['carried']!, pages);
    for (const step of ['startMs', 'dataMs', 'viewMs', 'renderMs']) assert.ok(said[step]! > 0, `${step}: ${said[step]}`);
  });

  test('the order in which the files were written does not change the output', () => {
    const names = readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort();
    const content = join(tempDir('dateline-order-'), 'content');
    const outs = [names, [...names].reverse()].map((order) => {
      seedsAt(content, order);
      const out = join(tempDir('dateline-order-out-'), '_site');
      assert.equal(runBuild(['--content', content, '--out', out]).status, 0);
      return snapshot(out);
    });
    assert.deepEqual(differences(outs[0]!, outs[1]!), []);
  });

  test('article files are listed in one fixed order, sub-folders included', () => {
    const dir = tempDir('dateline-list-');
    for (const name of ['b.txt', 'a.md', 'z/c.txt', 'A.txt', '.hidden.txt', 'notes.docx']) {
      mkdirSync(join(dir, name, '..'), { recursive: true });
      writeFileSync(join(dir, name), 'x');
    }
    assert.deepEqual(listArticleFiles(dir, dir), ['A.txt', 'a.md', 'b.txt', 'z/c.txt']);
    assert.deepEqual(listSkippedFiles(dir, dir), ['notes.docx'], 'a file that is not read is named, not dropped silently');
    const folder = listArticleFolder(dir, dir);
    assert.deepEqual(folder.files, ['A.txt', 'a.md', 'b.txt', 'z/c.txt'], 'one listing gives the same articles');
    assert.deepEqual(
      folder.problems.map((d) => [d.file, d.code]),
      [['notes.docx', 'skipped-file']],
      'and the same note on the file that is not read',
    );
  });
});
