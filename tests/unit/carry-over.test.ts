/** Carrying pages over from the previous build: links, and what is left when one cannot be carried. */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { carryOverAlongside } from '../../src/render/carry-over.ts';
import { tempDir } from '../helpers/temp.ts';

/** A previous build of `count` pages, one folder each. */
const previousBuild = (count: number): { dir: string; paths: string[] } => {
  const dir = tempDir('dateline-carry-');
  const paths = Array.from({ length: count }, (_, i) => `articles/a${i}/index.html`);
  for (const [i, path] of paths.entries()) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), `page ${i}`);
  }
  return { dir, paths };
};

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name))
    .sort();

describe('carrying pages over alongside the render', () => {
  test('every page is in the new folder with its bytes', async () => {
    const { dir, paths } = previousBuild(40);
    const to = join(tempDir('dateline-carry-to-'), 'site');
    await carryOverAlongside(dir, to, paths);
    assert.equal(filesUnder(to).length, 40);
    assert.equal(readFileSync(join(to, 'articles/a7/index.html'), 'utf8'), 'page 7');
  });

  test('a page that cannot be carried fails it only once nothing more is being carried', async () => {
    const { dir, paths } = previousBuild(400);
    const to = join(tempDir('dateline-carry-to-'), 'site');
    await assert.rejects(carryOverAlongside(dir, to, ['articles/gone/index.html', ...paths]), { code: 'ENOENT' });
    const atFailure = filesUnder(to);
    await sleep(100);
    assert.deepEqual(filesUnder(to), atFailure, 'no page was carried after the failure was reported');
    assert.ok(atFailure.length < 400, 'the carrying stopped');
  });
});
