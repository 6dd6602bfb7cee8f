import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { loadRegistries } from '../../src/registry/load.ts';
import { ROOT } from '../helpers/build-site.ts';

/** A content folder with copies of the shipped registries. */
function contentFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dateline-registries-'));
  for (const name of ['sources.yml', 'claimants.yml', 'places.yml']) cpSync(join(ROOT, 'content', name), join(dir, name));
  return dir;
}

describe('the registries', () => {
  test('read twice from unchanged files are the same registries, not parsed again', () => {
    const dir = contentFolder();
    const first = loadRegistries(dir);
    assert.equal(first.errors.length, 0);
    assert.equal(loadRegistries(dir).registries, first.registries);
  });

  test('are read again when a file changes', () => {
    const dir = contentFolder();
    const before = loadRegistries(dir).registries;
    const file = join(dir, 'sources.yml');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n  - id: new-wire\n    name: New Wire\n`);
    const after = loadRegistries(dir).registries;
    assert.notEqual(after, before);
    assert.equal(after.sources.at(-1)?.name, 'New Wire');
  });

  test('name the file that cannot be parsed or read, and say why', () => {
    const dir = contentFolder();
    writeFileSync(join(dir, 'claimants.yml'), 'claimants: [unclosed\n');
    rmSync(join(dir, 'places.yml'));
    mkdirSync(join(dir, 'places.yml'));
    const { errors } = loadRegistries(dir);
    assert.deepEqual(errors.map((e) => [e.file, e.code]), [
      [join(dir, 'claimants.yml'), 'registry-yaml'],
      [join(dir, 'places.yml'), 'registry-yaml'],
    ]);
    assert.match(errors[1]?.message ?? '', /cannot read: .*EISDIR/);
  });

  test('missing files are empty registries', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-registries-'));
    const { registries, errors } = loadRegistries(dir);
    assert.deepEqual(errors, []);
    assert.deepEqual([registries.sources, registries.claimants, registries.places], [[], [], []]);
  });

  test('read a pinned focus from dateline.yml, and places of their own from places.yml', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-registries-'));
    writeFileSync(join(dir, 'dateline.yml'), 'focus: [UA]\n');
    writeFileSync(join(dir, 'places.yml'), 'places:\n  - name: Little Hollow\n    lat: 48.6\n    lon: 37.5\n    parent: Kramatorsk\n');
    const { registries, errors } = loadRegistries(dir);
    assert.deepEqual(errors, []);
    assert.deepEqual(registries.focus, ['UA']);
    assert.deepEqual(registries.places[0], { name: 'Little Hollow', aliases: [], lat: 48.6, lon: 37.5, parent: 'Kramatorsk' });
  });

  test('name dateline.yml when its focus is not a country code, and a place with lat but no lon', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dateline-registries-'));
    writeFileSync(join(dir, 'dateline.yml'), 'focus: [Ukraine]\n');
    writeFileSync(join(dir, 'places.yml'), 'places:\n  - name: Little Hollow\n    lat: 48.6\n');
    const { errors } = loadRegistries(dir);
    assert.equal(errors.length, 2);
    assert.match(errors[0]?.file ?? '', /places\.yml$/);
    assert.match(errors[0]?.message ?? '', /lat and lon/);
    assert.match(errors[1]?.file ?? '', /dateline\.yml$/);
    assert.match(errors[1]?.message ?? '', /ISO 3166-1/);
  });
});
