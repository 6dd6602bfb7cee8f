import assert from 'node:assert/strict';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { storedRegistries } from '../../src/cache/registries-cache.ts';
import { loadRegistries } from '../../src/registry/load.ts';
import { ROOT } from '../helpers/build-site.ts';
import { tempDir } from '../helpers/temp.ts';

/**
 * A content folder with copies of the shipped registries. Each test reads a folder of its own:
 * loadRegistries keeps what it read per folder in memory, as a long-running process does, and
 * a new folder with the same texts stands for a new process.
 */
function contentFolder(): string {
  const dir = tempDir('dateline-registries-cache-');
  for (const name of ['sources.yml', 'claimants.yml', 'places.yml']) cpSync(join(ROOT, 'content', name), join(dir, name));
  return dir;
}

function cache() {
  const at = { dir: tempDir('dateline-registries-store-'), extractorVersion: '0123456789abcdef' };
  return { store: storedRegistries(at), folder: join(at.dir, at.extractorVersion, 'registries') };
}

function keptFiles(folder: string): string[] {
  return readdirSync(folder).filter((f) => f.endsWith('.json'));
}

describe('registries kept in the facts cache', () => {
  test('are read back by a later load of the same texts, not parsed again', () => {
    const { store, folder } = cache();
    const parsed = loadRegistries(contentFolder(), store);
    assert.deepEqual(parsed.errors, []);
    const [file] = keptFiles(folder);
    assert.ok(file, 'the registries were kept');
    // What is kept is what a later load gets: a name changed in the kept file shows.
    const kept = JSON.parse(readFileSync(join(folder, file), 'utf8')) as { registries: { sources: { name: string }[] } };
    kept.registries.sources[0]!.name = 'Read Back';
    writeFileSync(join(folder, file), JSON.stringify(kept));
    const again = loadRegistries(contentFolder(), store);
    assert.equal(again.registries.sources[0]?.name, 'Read Back');
    assert.deepEqual(
      { ...again.registries, sources: again.registries.sources.slice(1) },
      { ...parsed.registries, sources: parsed.registries.sources.slice(1) },
    );
  });

  test('give the same registries as parsing the files', () => {
    const { store } = cache();
    const plain = loadRegistries(contentFolder()).registries;
    loadRegistries(contentFolder(), store);
    assert.deepEqual(loadRegistries(contentFolder(), store).registries, plain);
  });

  test('are not used when a file changed: it is parsed, and only the new registries are kept', () => {
    const { store, folder } = cache();
    loadRegistries(contentFolder(), store);
    const dir = contentFolder();
    const file = join(dir, 'sources.yml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n  - id: new-wire\n    name: New Wire\n`);
    assert.equal(loadRegistries(dir, store).registries.sources.at(-1)?.name, 'New Wire');
    assert.equal(keptFiles(folder).length, 1);
  });

  test('are not kept when a file has an error, which is reported on every load', () => {
    const { store, folder } = cache();
    for (let i = 0; i < 2; i++) {
      const dir = contentFolder();
      writeFileSync(join(dir, 'claimants.yml'), 'claimants: [unclosed\n');
      assert.equal(loadRegistries(dir, store).errors[0]?.code, 'registry-yaml');
    }
    assert.throws(() => readdirSync(folder));
  });

  test('that cannot be read are a miss: the files are parsed', () => {
    const { store, folder } = cache();
    const parsed = loadRegistries(contentFolder(), store).registries;
    const [file] = keptFiles(folder);
    writeFileSync(join(folder, file!), '{ torn');
    assert.deepEqual(loadRegistries(contentFolder(), store).registries, parsed);
  });
});
