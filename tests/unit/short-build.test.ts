import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isShortBuild, SHORT_BUILD_ARTICLES } from '../../scripts/short-build.ts';
import { tempDir } from '../helpers/temp.ts';

function folderOf(articles: number, layout: (n: number) => string = (n) => `a${n}.txt`): string {
  const dir = tempDir('short-build-');
  for (let n = 0; n < articles; n++) {
    const file = join(dir, layout(n));
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, 'Title\n\nText.\n');
  }
  return dir;
}

test('a folder of a few hundred articles is a short build', () => {
  assert.equal(isShortBuild(folderOf(400)), true);
});

test('a folder of a thousand articles or more is not, whether flat or in sub-folders', () => {
  assert.equal(isShortBuild(folderOf(SHORT_BUILD_ARTICLES)), false);
  assert.equal(isShortBuild(folderOf(SHORT_BUILD_ARTICLES, (n) => `part-${n % 10}/a${n}.md`)), false);
});

test('files that are not articles do not count', () => {
  assert.equal(isShortBuild(folderOf(SHORT_BUILD_ARTICLES, (n) => (n % 2 ? `a${n}.txt` : `a${n}.pdf`))), true);
});

test('a folder that is not there throws nothing here: the build reports it', () => {
  assert.doesNotThrow(() => isShortBuild(join(tempDir('short-build-'), 'missing')));
});
