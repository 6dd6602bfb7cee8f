/** Watching folders for the dev server: every save is reported, however the editor makes it. */
import assert from 'node:assert/strict';
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { watchFolder } from '../../scripts/watch-folders.ts';
import { tempDir } from '../helpers/temp.ts';

/** Not a timing: how long to wait for an event before the test gives up. */
const PATIENCE_MS = 10_000;

describe('watching a folder', () => {
  const root = tempDir('dateline-watch-');
  mkdirSync(join(root, 'nested'));
  writeFileSync(join(root, 'old.txt'), 'before');
  const seen: string[] = [];
  let waiting: { path: string; resolve: () => void } | null = null;
  const watching = watchFolder(root, (file) => {
    seen.push(file);
    if (waiting && file === waiting.path) {
      waiting.resolve();
      waiting = null;
    }
  });
  after(async () => {
    await watching.close();
    rmSync(root, { recursive: true, force: true });
  });
  /** Does `act` and resolves once `path` is reported. */
  const reported = async (path: string, act: () => void): Promise<void> => {
    await watching.ready;
    const heard = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${path} was not reported; heard ${seen.join(', ')}`)), PATIENCE_MS);
      waiting = {
        path,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      };
    });
    act();
    await heard;
  };

  test('reports a file written', async () => {
    await reported(join(root, 'new.txt'), () => writeFileSync(join(root, 'new.txt'), 'text'));
  });

  test('reports a file saved by renaming a temporary file over it', async () => {
    await reported(join(root, 'old.txt'), () => {
      writeFileSync(join(root, 'old.txt.tmp~'), 'after');
      renameSync(join(root, 'old.txt.tmp~'), join(root, 'old.txt'));
    });
  });

  test('reports a file in a folder that was there from the start', async () => {
    await reported(join(root, 'nested', 'a.txt'), () => writeFileSync(join(root, 'nested', 'a.txt'), 'text'));
  });

  test('reports the files of a folder moved in, and later files written in it', async () => {
    const outside = tempDir('dateline-watch-outside-');
    writeFileSync(join(outside, 'b.txt'), 'text');
    await reported(join(root, 'moved', 'b.txt'), () => renameSync(outside, join(root, 'moved')));
    await reported(join(root, 'moved', 'c.txt'), () => writeFileSync(join(root, 'moved', 'c.txt'), 'text'));
    assert.ok(seen.includes(join(root, 'moved')), 'the folder itself is reported too');
  });

  test('reports the removal of a file, and watches a folder again when it comes back after being removed', async () => {
    await reported(join(root, 'new.txt'), () => rmSync(join(root, 'new.txt')));
    await reported(join(root, 'again'), () => mkdirSync(join(root, 'again')));
    await reported(join(root, 'again'), () => rmSync(join(root, 'again'), { recursive: true }));
    await reported(join(root, 'again'), () => mkdirSync(join(root, 'again')));
    await reported(join(root, 'again', 'd.txt'), () => writeFileSync(join(root, 'again', 'd.txt'), 'text'));
  });
});
