import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { budgetToSet, isShortBuild, SHORT_BUILD_ARTICLES, SHORT_BUILD_BUDGET } from '../../scripts/short-build.ts';
import { ROOT } from '../helpers/build-site.ts';
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

test('npm run build starts node with the short build budget, which a short build then keeps', () => {
  const { scripts } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const given = `--interrupt-budget=${SHORT_BUILD_BUDGET}`;
  for (const name of ['build', 'build:data', 'check']) assert.ok(scripts[name]?.split(' ').includes(given), `${name}: ${scripts[name]}`);
  assert.equal(budgetToSet(true, [given]), null);
});

test('a long build sets V8 own budget again; node started without one is given the short build one when the build is short', () => {
  assert.equal(budgetToSet(false, [`--interrupt-budget=${SHORT_BUILD_BUDGET}`]), '--interrupt-budget=67584');
  assert.equal(budgetToSet(true, []), `--interrupt-budget=${SHORT_BUILD_BUDGET}`);
  assert.equal(budgetToSet(false, []), null);
});

test('a budget node was given by hand stays, in a short build and a long one', () => {
  assert.equal(budgetToSet(true, ['--interrupt-budget=67584']), null);
  assert.equal(budgetToSet(false, ['--interrupt-budget=100000']), null);
});
