/** A replaced output folder, or a part of one, removed in the background under a name that says who removes it. */
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, test } from 'node:test';
import { removeAside, removeLater } from '../../src/render/remove-later.ts';
import { tempDir } from '../helpers/temp.ts';

describe('removing a folder later', () => {
  test('removes the folder and what it holds, leaving its neighbours', async () => {
    const parent = tempDir('dateline-remove-later-');
    const dir = join(parent, '.site.previous-1');
    for (let i = 0; i < 50; i++) {
      mkdirSync(join(dir, `page-${i}`), { recursive: true });
      writeFileSync(join(dir, `page-${i}`, 'index.html'), '<p>old</p>');
    }
    writeFileSync(join(parent, 'neighbour.txt'), 'kept');
    removeLater(dir);
    for (let waited = 0; readdirSync(parent).length > 1 && waited < 20_000; waited += 50) await sleep(50);
    assert.deepEqual(readdirSync(parent), ['neighbour.txt']);
  });

  test('does nothing when the folder is gone already', async () => {
    const parent = tempDir('dateline-remove-later-');
    writeFileSync(join(parent, 'neighbour.txt'), 'kept');
    removeLater(join(parent, 'never-made'));
    await sleep(500);
    assert.deepEqual(readdirSync(parent), ['neighbour.txt']);
  });
});

describe('removing a folder aside', () => {
  test('frees its name at once, and removes it beside the folder it was in', async () => {
    const parent = tempDir('dateline-remove-aside-');
    const site = join(parent, 'build-1');
    const part = join(site, 'pagefind-a0');
    mkdirSync(join(part, 'fragment'), { recursive: true });
    for (let i = 0; i < 200; i++) writeFileSync(join(part, 'fragment', `f${i}.pf_fragment`), 'old');
    const removed = removeAside(part, site);
    assert.deepEqual(readdirSync(site), [], 'the name is free before the removal ends');
    mkdirSync(part);
    writeFileSync(join(part, 'new.pf_meta'), 'new');
    await removed;
    assert.deepEqual(readdirSync(parent), ['build-1']);
    assert.deepEqual(readdirSync(part), ['new.pf_meta']);
  });

  test('settles at once when the folder is not there', async () => {
    const parent = tempDir('dateline-remove-aside-');
    await removeAside(join(parent, 'never-made'), parent);
    assert.deepEqual(readdirSync(parent), []);
  });
});
