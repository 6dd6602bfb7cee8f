/** The record of a build's pages, kept for the next build of the same output folder. */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { previousBuild, recordPages } from '../../src/render/render-manifest.ts';
import { tempDir } from '../helpers/temp.ts';

describe('the record of a build’s pages', () => {
  const work = tempDir('dateline-manifest-');
  const cache = join(work, 'cache');
  const out = join(work, '_site');
  const pages = new Map([['index.html', 'fingerprint-1']]);
  after(() => rmSync(work, { recursive: true, force: true }));

  test('gives back the pages recorded for the folder now at the output path', () => {
    mkdirSync(out, { recursive: true });
    recordPages(cache, out, pages);
    assert.deepEqual(previousBuild(cache, out), { dir: out, pages });
  });

  test('gives nothing for a folder put there by other means, or none at all', () => {
    // The recorded folder is moved away (so it keeps its inode) and another made in its place.
    renameSync(out, join(work, 'moved'));
    mkdirSync(out);
    assert.equal(previousBuild(cache, out), null);
    rmSync(out, { recursive: true });
    assert.equal(previousBuild(cache, out), null);
  });

  test('gives nothing for an output folder never recorded, or an unreadable record', () => {
    const other = join(work, 'other');
    mkdirSync(other);
    assert.equal(previousBuild(cache, other), null);
    mkdirSync(out);
    recordPages(cache, out, pages);
    for (const f of recordsIn(cache)) writeFileSync(f, '{ not json');
    assert.equal(previousBuild(cache, out), null);
  });
});

/** The record files in the cache folder. */
function recordsIn(dir: string): string[] {
  return readdirSync(dir).map((f) => join(dir, f));
}
