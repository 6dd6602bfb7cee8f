import assert from 'node:assert/strict';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { FileStamps } from '../../src/cache/file-stamps.ts';
import { tempDir } from '../helpers/temp.ts';

/** A folder with one article file, and a stamps keeper that counts a file as settled at once (settle time 0). */
function setUp(text = 'Shelling hit the town on Monday.'): { dir: string; file: string; stamps: FileStamps } {
  const dir = tempDir('dateline-stamps-');
  const file = join(dir, 'a.txt');
  writeFileSync(file, text);
  return { dir, file, stamps: new FileStamps(0n) };
}

/** Reads a file as the data step does: the stamp first, then the bytes, then keeps the hash. */
function read(stamps: FileStamps, file: string, hash: string): void {
  stamps.keep(file, FileStamps.stat(file), hash);
}

describe('file stamps', () => {
  test('a file unchanged since it was read gives back the hash it was read with', () => {
    const { dir, file, stamps } = setUp();
    stamps.begin(join(dir, 'cache'));
    read(stamps, file, 'h1');
    stamps.begin(join(dir, 'cache'));
    assert.equal(stamps.hashOf(file), 'h1');
    rmSync(dir, { recursive: true });
  });

  test('a file written again (another length) is read again', () => {
    const { dir, file, stamps } = setUp();
    stamps.begin(join(dir, 'cache'));
    read(stamps, file, 'h1');
    writeFileSync(file, 'Shelling hit the town on Tuesday night.');
    stamps.begin(join(dir, 'cache'));
    assert.equal(stamps.hashOf(file), null);
    rmSync(dir, { recursive: true });
  });

  test('a file replaced by another (a rename over it, as editors save) is read again', () => {
    const { dir, file, stamps } = setUp();
    stamps.begin(join(dir, 'cache'));
    read(stamps, file, 'h1');
    writeFileSync(join(dir, 'b.tmp'), 'Shelling hit the town on Monday!');
    renameSync(join(dir, 'b.tmp'), file);
    stamps.begin(join(dir, 'cache'));
    assert.equal(stamps.hashOf(file), null);
    rmSync(dir, { recursive: true });
  });

  test('a removed file is read again (and found missing)', () => {
    const { dir, file, stamps } = setUp();
    stamps.begin(join(dir, 'cache'));
    read(stamps, file, 'h1');
    rmSync(file);
    assert.equal(stamps.hashOf(file), null);
    rmSync(dir, { recursive: true });
  });

  test('a file that changed just before the build is not trusted: a write in the same tick could go unseen', () => {
    const { dir, file } = setUp();
    const stamps = new FileStamps();
    stamps.begin(join(dir, 'cache'));
    read(stamps, file, 'h1');
    stamps.begin(join(dir, 'cache'));
    assert.equal(stamps.hashOf(file), null);
    rmSync(dir, { recursive: true });
  });

  test('without a time from the file system (no cache folder can be made), nothing is kept', () => {
    const { dir, file, stamps } = setUp();
    stamps.begin(join(file, 'not-a-folder'));
    read(stamps, file, 'h1');
    assert.equal(stamps.hashOf(file), null);
    rmSync(dir, { recursive: true });
  });
});
