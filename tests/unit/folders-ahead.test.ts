/** Making a rebuild's page folders ahead, and removing those its pages did not take. */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { foldersOf, makeFoldersAhead, removeFoldersLeftEmpty } from '../../src/render/folders-ahead.ts';
import { tempDir } from '../helpers/temp.ts';

const foldersUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => join(d.parentPath, d.name).slice(dir.length + 1))
    .sort();

describe('the folders of a rebuild made ahead', () => {
  test('the folders holding some pages are listed each once, parents first, the site folder left out', () => {
    assert.deepEqual(foldersOf(['places/aleppo/index.html', 'index.html', 'places/index.html', 'places/aleppo/map.svg', 'pagefind-a0']), [
      'places',
      'places/aleppo',
    ]);
    assert.deepEqual(foldersOf(['events/2016/12/strike/index.html']), ['events', 'events/2016', 'events/2016/12', 'events/2016/12/strike']);
  });

  test('every folder of the previous pages is made in the new site folder, which need not exist', async () => {
    const to = join(tempDir('dateline-ahead-'), '.site.building-1');
    const made = await makeFoldersAhead(to, ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'events/x/index.html']);
    assert.deepEqual(made, ['articles', 'articles/a', 'articles/b', 'events', 'events/x']);
    assert.deepEqual(foldersUnder(to), made);
  });

  test('a folder that cannot be made fails the promise with the file system error', async () => {
    const parent = tempDir('dateline-ahead-');
    writeFileSync(join(parent, 'site'), 'a file where the site folder would go');
    await assert.rejects(makeFoldersAhead(join(parent, 'site'), ['articles/a/index.html']), { code: 'ENOTDIR' });
  });

  test('the folders no page took are removed, deepest first, and those holding pages or other files stay', async () => {
    const to = tempDir('dateline-ahead-');
    const made = await makeFoldersAhead(to, ['articles/kept/index.html', 'articles/gone/index.html', 'events/2016/gone/index.html', 'data/index.html']);
    writeFileSync(join(to, 'articles/kept/index.html'), 'kept');
    // The new build wrote no page under data/, but its data file.
    writeFileSync(join(to, 'data', 'timeline.json'), '{}');
    const removed = removeFoldersLeftEmpty(to, made, ['index.html', 'articles/kept/index.html']);
    assert.deepEqual(removed, ['events/2016/gone', 'events/2016', 'events', 'articles/gone']);
    assert.deepEqual(foldersUnder(to), ['articles', 'articles/kept', 'data']);
  });

  test('a folder made ahead that a page now stands in stays even when the page is still to be written', async () => {
    const to = tempDir('dateline-ahead-');
    const made = await makeFoldersAhead(to, ['places/x/index.html']);
    assert.deepEqual(removeFoldersLeftEmpty(to, made, ['places/x/index.html']), []);
    assert.ok(existsSync(join(to, 'places/x')));
  });

  test('folders the build did not make ahead are left alone, empty or not', () => {
    const to = tempDir('dateline-ahead-');
    mkdirSync(join(to, 'assets'));
    assert.deepEqual(removeFoldersLeftEmpty(to, [], []), []);
    assert.ok(existsSync(join(to, 'assets')));
  });
});
